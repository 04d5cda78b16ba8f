import { sql, type Transaction } from 'kysely';
import { addDays } from '../../domain/employment.ts';
import type { Schema } from '../schema.ts';

export { addDays };

/** Random numbers in [0, 1), from the seed's own deterministic generator. */
export type Random = () => number;

const DAY_MS = 86_400_000;

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** A moment on a date, in working hours, for the recorded_at of something done that day. */
export function at(date: string, hour = 12): Date {
  return new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);
}

export function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, xs: readonly T[]): T {
  return xs[Math.floor(random() * xs.length)] as T;
}

export function chance(random: Random, p: number): boolean {
  return random() < p;
}

/** A day of the calendar, with its weekday (0 = Sunday) and the Monday that starts its week. */
export interface Day {
  date: string;
  weekday: number;
  monday: string;
}

/** The 365 days up to and including today, built once and shared (date arithmetic is not free). */
export function pastYear(today: string): Day[] {
  const d = new Date(`${addDays(today, -364)}T00:00:00Z`);
  const days: Day[] = [];
  let monday = '';
  for (let k = 0; k < 365; k++) {
    const date = d.toISOString().slice(0, 10);
    const weekday = d.getUTCDay();
    if (weekday === 1 || monday === '') monday = date;
    days.push({ date, weekday, monday });
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return days;
}

/** Fixed-date public holidays (the movable Easter and Whitsun ones are left out: a demo needs no more). */
const HOLIDAYS = new Set(['01-01', '05-01', '05-17', '12-24', '12-25', '12-26', '12-31']);

/** A weekday that is not a public holiday. */
export function isWorkingDay(day: Day): boolean {
  return day.weekday !== 0 && day.weekday !== 6 && !HOLIDAYS.has(day.date.slice(5));
}

type PgType = 'uuid' | 'date' | 'text' | 'boolean' | 'integer' | 'numeric' | 'timestamptz';

/**
 * Inserts many rows in one statement that reads them from a JSON array. Every integration test
 * reseeds the demo, and for the thousands of contact and activity rows this is about a quarter
 * faster on PGlite than multi-row VALUES (one parameter instead of thousands to bind).
 */
export async function insertJsonRows<R extends object>(
  tx: Transaction<Schema>,
  table: keyof Schema & string,
  types: Record<keyof R & string, PgType>,
  rows: readonly R[],
) {
  if (rows.length === 0) return;
  const columns = Object.keys(types);
  const unknown = Object.keys(rows[0] as object).filter((k) => !columns.includes(k));
  if (unknown.length > 0) throw new Error(`no column type for ${unknown.join(', ')} in ${table}`);
  const definitions = columns.map((c) => `${c} ${types[c as keyof R & string]}`).join(', ');
  await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
    select * from jsonb_to_recordset(cast(${JSON.stringify(rows)} as jsonb)) as x(${sql.raw(definitions)})`.execute(
    tx,
  );
}
