import type { FieldError } from '../field-error.ts';
import type { Period } from './history.ts';

/**
 * Reporting periods are fixed calendar quarters ('2026Q1') and years ('2026') only. A free date range
 * is never published beyond the programme: two overlapping ranges could be subtracted to reveal a
 * suppressed small count, fixed periods cannot.
 */
export type QuarterKey = `${number}Q${1 | 2 | 3 | 4}`;
export type YearKey = `${number}`;
export type PeriodKey = QuarterKey | YearKey;

const QUARTER = /^(\d{4})Q([1-4])$/;
const YEAR = /^(\d{4})$/;
const QUARTER_FIRST_MONTH = ['01', '04', '07', '10'] as const;
const QUARTER_LAST_DAY = ['03-31', '06-30', '09-30', '12-31'] as const;

/** The quarter a date ('YYYY-MM-DD') falls in. */
export function quarterOf(date: string): QuarterKey {
  const month = Number(date.slice(5, 7));
  return `${Number(date.slice(0, 4))}Q${Math.ceil(month / 3) as 1 | 2 | 3 | 4}`;
}

export function yearOf(date: string): YearKey {
  return `${Number(date.slice(0, 4))}`;
}

/** A key as typed by a user or stored in a summary row; null when it is neither a quarter nor a year. */
export function parsePeriodKey(text: string): PeriodKey | null {
  return QUARTER.test(text) || YEAR.test(text) ? (text as PeriodKey) : null;
}

export function isQuarterKey(key: PeriodKey): key is QuarterKey {
  return QUARTER.test(key);
}

/** The days a period key covers, both ends inclusive. */
export function periodOf(key: PeriodKey): Period {
  const q = QUARTER.exec(key);
  if (q) {
    const i = Number(q[2]) - 1;
    return { from: `${q[1]}-${QUARTER_FIRST_MONTH[i]}-01`, to: `${q[1]}-${QUARTER_LAST_DAY[i]}` };
  }
  if (!YEAR.test(key)) throw new Error(`not a period key: ${key}`);
  return { from: `${key}-01-01`, to: `${key}-12-31` };
}

/** Every quarter from the quarter of `from` through the quarter of `to`, in order; empty if reversed. */
export function quartersBetween(from: QuarterKey, to: QuarterKey): QuarterKey[] {
  const index = (k: QuarterKey) => Number(k.slice(0, 4)) * 4 + Number(k.slice(5)) - 1;
  const out: QuarterKey[] = [];
  for (let i = index(from); i <= index(to); i++) {
    out.push(`${Math.floor(i / 4)}Q${((i % 4) + 1) as 1 | 2 | 3 | 4}`);
  }
  return out;
}

/** The four quarters of a year. */
export function quartersOf(year: YearKey): QuarterKey[] {
  return quartersBetween(`${Number(year)}Q1`, `${Number(year)}Q4`);
}

/**
 * Why a requested period cannot be reported, as field errors: not a quarter or year key, or starting
 * after `today` (a period in progress is allowed; its figures run to today).
 */
export function periodKeyProblems(text: string, today: string, path = 'period'): FieldError[] {
  const key = parsePeriodKey(text);
  if (key === null) return [{ path, message: `${path} must be a quarter like 2026Q1 or a year like 2026` }];
  if (periodOf(key).from > today) return [{ path, message: `${path} ${key} lies in the future` }];
  return [];
}

/** A range of periods (e.g. the quarters a chart shows): each key valid, the range not reversed. */
export function periodRangeProblems(from: string, to: string, today: string): FieldError[] {
  const errors = [...periodKeyProblems(from, today, 'from'), ...periodKeyProblems(to, today, 'to')];
  if (errors.length > 0) return errors;
  if (periodOf(to as PeriodKey).to < periodOf(from as PeriodKey).from) {
    return [{ path: 'to', message: `to (${to}) ends before from (${from}) starts` }];
  }
  return [];
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date: durations are differences of these. */
export function dayNumber(date: string): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000
  );
}

/** Days from `from` to `to` (0 when the same day). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Whether two inclusive date ranges share a day; an open end runs on forever. */
export function overlaps(aFrom: string, aTo: string | null, bFrom: string, bTo: string | null): boolean {
  return (bTo === null || aFrom <= bTo) && (aTo === null || bFrom <= aTo);
}
