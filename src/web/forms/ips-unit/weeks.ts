/** Calendar arithmetic on YYYY-MM-DD dates, done in UTC so no time zone moves a day. */
function toUtc(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

export function addDays(isoDate: string, days: number): string {
  const date = toUtc(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Monday of the ISO week `isoDate` falls in. */
export function mondayOf(isoDate: string): string {
  const weekday = (toUtc(isoDate).getUTCDay() + 6) % 7;
  return addDays(isoDate, -weekday);
}

/** The week number of an ISO week written as YYYY-Www; null for anything else. */
export function weekNumber(isoWeek: string): number | null {
  const match = /^\d{4}-W(\d{2})$/.exec(isoWeek);
  return match ? Number(match[1]) : null;
}

/** The last `weeks` whole ISO weeks up to today: from a Monday to today. */
export function lastWeeks(today: string, weeks: number): { from: string; to: string } {
  return { from: addDays(mondayOf(today), -7 * (weeks - 1)), to: today };
}
