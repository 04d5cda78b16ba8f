/**
 * Jobs and benefits are dated periods: a first day and, once known, a last day. Whether one is
 * running is decided here only, so the caseload, the task list, the casework read, the benefits
 * estimate and the UI agree (the caseload SQL mirrors it in caseload-sql.ts).
 */
export const PERIOD_STATUSES = ['planned', 'current', 'ended'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

/**
 * A period on a day (dates as 'YYYY-MM-DD'): planned until its first day, current from its first
 * day through its last (the end date is the last day it runs), ended after that.
 */
export function periodStatusOn(start: string, end: string | null, day: string): PeriodStatus {
  if (start > day) return 'planned';
  if (end !== null && end < day) return 'ended';
  return 'current';
}
