import type { DateHandling } from './project.ts';

/** The largest shift, in days either way, of a person's dates under the "shift" handling. */
export const MAX_SHIFT_DAYS = 90;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * A date as it leaves in an extract: shifted by the person's own offset (so the intervals between
 * her dates stay exact, while no date can be matched to a calendar), or cut to the first day of its
 * month, quarter or year.
 */
export function projectDate(date: string | null, handling: DateHandling, shift: number): string | null {
  if (date === null) return null;
  const [year, month] = [date.slice(0, 4), Number(date.slice(5, 7))];
  switch (handling) {
    case 'shift':
      return addDays(date, shift);
    case 'month':
      return `${date.slice(0, 7)}-01`;
    case 'quarter':
      return `${year}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
    case 'year':
      return `${year}-01-01`;
  }
}
