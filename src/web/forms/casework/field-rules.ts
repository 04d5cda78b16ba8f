import type { caseworkNb } from '../../i18n/areas/casework-nb.ts';
import { isCalendarDate } from '../dates.ts';

export type CaseworkTexts = typeof caseworkNb;
export type Errors<F extends string> = Partial<Record<F, string>>;

/** Trimmed text, or undefined when empty: optional fields are left out of the body. */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A number as typed in Norwegian ("12,5" or "12.5"); null when empty, NaN when not a number. */
export function parseNumber(value: string): number | null {
  const trimmed = value.trim().replace(/\s/g, '').replace(',', '.');
  if (trimmed === '') return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

interface DateRule {
  label: string;
  required?: boolean;
  /** YYYY-MM-DD: later dates are refused. */
  notAfter?: string;
  /** Days ahead allowed instead of none; with `notAfter` as the limit's wording. */
  daysAhead?: number;
  /** YYYY-MM-DD: earlier dates are refused, with this date in the message. */
  notBefore?: { date: string; shown: string };
}

/** The first problem with a date field, in the user's words, or undefined. */
export function dateError(value: string, rule: DateRule, t: CaseworkTexts): string | undefined {
  const v = t.validation;
  if (value.trim() === '') return rule.required ? v.required(rule.label) : undefined;
  if (!isCalendarDate(value)) return v.dateFormat(rule.label);
  if (rule.notAfter && value > rule.notAfter) {
    return rule.daysAhead ? v.dateTooFarAhead(rule.label, rule.daysAhead) : v.dateInFuture(rule.label);
  }
  if (rule.notBefore && value < rule.notBefore.date) return v.dateBefore(rule.label, rule.notBefore.shown);
  return undefined;
}

/** A number field between min and max; undefined when fine (or empty and optional). */
export function numberError(
  value: string,
  rule: { label: string; min: number; max: number; required?: boolean },
  t: CaseworkTexts,
): string | undefined {
  const n = parseNumber(value);
  if (n === null) return rule.required ? t.validation.required(rule.label) : undefined;
  if (Number.isNaN(n)) return t.validation.number(rule.label);
  return n < rule.min || n > rule.max ? t.validation.range(rule.label, rule.min, rule.max) : undefined;
}

/** Drops fields without an error, so an empty object means the form may be sent. */
export function compact<F extends string>(errors: Record<F, string | undefined>): Errors<F> {
  return Object.fromEntries(
    Object.entries(errors).filter(([, message]) => message !== undefined),
  ) as Errors<F>;
}
