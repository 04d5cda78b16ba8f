import { type QuarterKey, quarterOf, quartersBetween } from '../../domain/outcomes/quarters.ts';
import { defaultPeriods } from '../../domain/outcomes/report-period.ts';

/** How far back the period picker reaches: the API's limit of forty quarters. */
const YEARS_BACK = 9;

export type PeriodKind = 'quarters' | 'years';

export interface PeriodChoice {
  kind: PeriodKind;
  from: string;
  to: string;
}

/** The periods a picker offers, oldest first: fixed quarters or years, none in the future. */
export function periodOptions(kind: PeriodKind, today: string): string[] {
  const year = Number(today.slice(0, 4));
  if (kind === 'years')
    return Array.from({ length: YEARS_BACK + 1 }, (_, i) => String(year - YEARS_BACK + i));
  return quartersBetween(`${year - YEARS_BACK}Q1` as QuarterKey, quarterOf(today));
}

/** The API's own default: the last four quarters; for years, last year and this. */
export function defaultChoice(kind: PeriodKind, today: string): PeriodChoice {
  if (kind === 'years') {
    const year = Number(today.slice(0, 4));
    return { kind, from: String(year - 1), to: String(year) };
  }
  const quarters = defaultPeriods(today);
  return {
    kind,
    from: quarters[0] ?? quarterOf(today),
    to: quarters[quarters.length - 1] ?? quarterOf(today),
  };
}

/**
 * The choice in the address (?fra=2025Q3&til=2026Q2), or the default when it is missing or is not a
 * pair of offered periods of one kind; a range given backwards is turned round.
 */
export function readChoice(from: string | null, to: string | null, today: string): PeriodChoice {
  const kind: PeriodKind = from && /^\d{4}$/.test(from) ? 'years' : 'quarters';
  const options = periodOptions(kind, today);
  if (!from || !to || !options.includes(from) || !options.includes(to)) return defaultChoice(kind, today);
  return from <= to ? { kind, from, to } : { kind, from: to, to: from };
}

/** A period key as a reader says it: "3. kv. 2026" in bokmål; a year as itself. */
export function periodLabel(key: string, quarter: (q: number, year: number) => string): string {
  const match = /^(\d{4})Q([1-4])$/.exec(key);
  return match ? quarter(Number(match[2]), Number(match[1])) : key;
}
