import { osloToday } from '../../src/domain/participant.ts';

/**
 * Dates for tests, counted from today in Oslo, the clock the server reads. A test that needs a
 * date near a rule (rapid job search, follow-along, consent validity, retention) takes it from
 * here, so it means the same thing on any day it runs.
 */
export function daysFromToday(days: number): string {
  const d = new Date(`${osloToday()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A date `days` from today as a Norwegian user types it in a date field (dd.mm.åååå). */
export function typedDate(days = 0): string {
  const [year, month, day] = daysFromToday(days).split('-');
  return `${day}.${month}.${year}`;
}
