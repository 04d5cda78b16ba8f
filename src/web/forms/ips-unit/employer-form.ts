import { orgNumberProblem } from '../../../domain/org-number.ts';
import type { EmployerSummary, NewEmployerBody } from '../../api/ips-unit-types.ts';
import type { Messages } from '../../i18n/nb.ts';
import { optional } from './text.ts';

export interface EmployerValues {
  orgNumber: string;
  name: string;
  industry: string;
  location: string;
}

export type EmployerField = keyof EmployerValues;
export type EmployerErrors = Partial<Record<EmployerField, string>>;

export const EMPLOYER_FIELDS: readonly EmployerField[] = ['orgNumber', 'name', 'industry', 'location'];
export const EMPLOYER_TEXT_MAX = 200;

export const employerFieldId = (field: EmployerField) => `employer-${field}`;

export const emptyEmployer = (): EmployerValues => ({ orgNumber: '', name: '', industry: '', location: '' });

/** Organisation numbers are often written in groups ("974 760 673"); the register has digits only. */
export const orgNumberDigits = (text: string) => text.replace(/\s+/g, '');

/** What is wrong with the organisation number as typed, or undefined; saving and lookup share it. */
export function orgNumberError(text: string, t: Messages): string | undefined {
  const m = t.unit.employerForm.errors;
  const digits = orgNumberDigits(text);
  if (!digits) return m.orgNumberRequired;
  if (!/^\d{9}$/.test(digits)) return m.orgNumberFormat;
  return orgNumberProblem(digits) ? m.orgNumberCheck : undefined;
}

export function validateEmployer(v: EmployerValues, t: Messages): EmployerErrors {
  const m = t.unit.employerForm.errors;
  const errors: EmployerErrors = {};
  const orgNumber = orgNumberError(v.orgNumber, t);
  if (orgNumber) errors.orgNumber = orgNumber;
  if (!v.name.trim()) errors.name = m.nameRequired;
  for (const field of ['name', 'industry', 'location'] as const) {
    if (v[field].trim().length > EMPLOYER_TEXT_MAX) errors[field] = m.tooLong;
  }
  return errors;
}

/** Only called once validateEmployer found nothing. */
export function employerBody(v: EmployerValues): NewEmployerBody {
  return {
    orgNumber: orgNumberDigits(v.orgNumber),
    name: v.name.trim(),
    ...optional('industry', v.industry),
    ...optional('location', v.location),
  };
}

/** Employers whose name, organisation number, industry or place contains every word searched for. */
export function filterEmployers(items: EmployerSummary[], search: string): EmployerSummary[] {
  const words = search.toLocaleLowerCase('nb').split(/\s+/).filter(Boolean);
  if (words.length === 0) return items;
  return items.filter((e) => {
    const text = [e.name, e.orgNumber, e.industry ?? '', e.location ?? ''].join(' ').toLocaleLowerCase('nb');
    return words.every((w) => text.includes(w));
  });
}
