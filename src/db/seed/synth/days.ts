/** Dates as whole days since 1970-01-01 (UTC): the generator adds and compares millions of them. */
export type Day = number;

const DAY_MS = 86_400_000;
const cache = new Map<Day, string>();

export function dayOf(iso: string): Day {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** The ISO date of a day (cached: a run formats the same few thousand days millions of times). */
export function iso(day: Day): string {
  let s = cache.get(day);
  if (s === undefined) {
    s = new Date(day * DAY_MS).toISOString().slice(0, 10);
    cache.set(day, s);
  }
  return s;
}

/** A moment on a day, in working hours: when something done that day was recorded. */
export function moment(day: Day, hour: number): Date {
  return new Date(day * DAY_MS + hour * 3_600_000);
}

/** Monday to Friday, outside the fixed-date public holidays. */
export function isWorkingDay(day: Day): boolean {
  const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday
  if (weekday === 0 || weekday === 6) return false;
  return !HOLIDAYS.has(iso(day).slice(5));
}

const HOLIDAYS = new Set(['01-01', '05-01', '05-17', '12-24', '12-25', '12-26', '12-31']);

/** Whether the day falls in the three summer weeks a specialist is away (staggered by `offset` days). */
export function onSummerHoliday(day: Day, offset: number): boolean {
  const date = iso(day);
  const dayOfMonth = Number(date.slice(8, 10));
  return date.slice(5, 7) === '07' && dayOfMonth > offset && dayOfMonth <= offset + 21;
}
