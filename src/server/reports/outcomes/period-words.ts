import { isQuarterKey, type PeriodKey } from '../../../domain/outcomes/quarters.ts';

/** "per kvartal" for a report of quarters, "per år" for one of years. */
export function perPeriod(periods: readonly PeriodKey[]): string {
  return periods.every((p) => isQuarterKey(p)) ? 'per kvartal' : 'per år';
}

/** "2026Q2", or "2025Q3–2026Q2" when the report covers several periods. */
export function spanOf(periods: readonly string[]): string {
  const first = periods[0] ?? '';
  const last = periods[periods.length - 1] ?? first;
  return first === last ? first : `${first}–${last}`;
}
