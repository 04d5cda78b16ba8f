import type { EndEmploymentBody, NewEmploymentBody } from '../../api/ips-unit-types.ts';
import type { Messages } from '../../i18n/nb.ts';
import { isCalendarDate } from '../dates.ts';
import { parseDecimal } from './numbers.ts';

/** A period of employment starts; the share of a full-time post is typed in per cent, as Norwegians say it. */
export interface StartValues {
  userId: string;
  startDate: string;
  ftePercent: string;
}

export type StartField = keyof StartValues;
export const START_FIELDS: readonly StartField[] = ['userId', 'startDate', 'ftePercent'];
export const startFieldId = (field: StartField) => `workforce-${field}`;
export const emptyStart = (today: string): StartValues => ({
  userId: '',
  startDate: today,
  ftePercent: '100',
});

export function validateStart(v: StartValues, t: Messages): Partial<Record<StartField, string>> {
  const m = t.unit.workforce.errors;
  const errors: Partial<Record<StartField, string>> = {};
  if (!v.userId) errors.userId = m.specialist;
  if (!v.startDate) errors.startDate = m.startRequired;
  else if (!isCalendarDate(v.startDate)) errors.startDate = t.validation.dateFormat;
  const percent = parseDecimal(v.ftePercent);
  if (percent === null || percent <= 0 || percent > 100) errors.ftePercent = m.fte;
  return errors;
}

export function startBody(v: StartValues): NewEmploymentBody {
  const percent = parseDecimal(v.ftePercent) ?? 0;
  return { userId: v.userId, startDate: v.startDate, fte: Math.round(percent * 100) / 10000 };
}

/** The end of a period: when and why (turnover is a fidelity concern). */
export interface EndValues {
  endDate: string;
  endReason: string;
}

export type EndField = keyof EndValues;
export const END_FIELDS: readonly EndField[] = ['endDate', 'endReason'];
export const endFieldId = (field: EndField) => `workforce-end-${field}`;
export const emptyEnd = (today: string): EndValues => ({ endDate: today, endReason: '' });

export function validateEnd(v: EndValues, startDate: string, t: Messages): Partial<Record<EndField, string>> {
  const m = t.unit.workforce.errors;
  const errors: Partial<Record<EndField, string>> = {};
  if (!v.endDate) errors.endDate = m.endRequired;
  else if (!isCalendarDate(v.endDate)) errors.endDate = t.validation.dateFormat;
  else if (v.endDate < startDate) errors.endDate = m.endBeforeStart;
  if (!v.endReason) errors.endReason = m.endReason;
  return errors;
}

export const endBody = (v: EndValues): EndEmploymentBody => ({ endDate: v.endDate, endReason: v.endReason });
