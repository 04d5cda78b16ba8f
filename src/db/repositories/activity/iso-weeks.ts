import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../database.ts';

/** An ISO week: its label ('2026-W07') and its Monday ('YYYY-MM-DD'). */
export interface IsoWeek {
  week: string;
  start: string;
}

/** The Monday of the ISO week a date column's value falls in (a date, as a string). */
export function weekStartOf(column: string): RawBuilder<string> {
  return sql<string>`cast(date_trunc('week', cast(${sql.ref(column)} as timestamp)) as date)`;
}

/** Every ISO week from the one holding `from` to the one holding `to`, oldest first. */
export async function isoWeeksBetween(db: Db, from: string, to: string): Promise<IsoWeek[]> {
  const { rows } = await sql<IsoWeek>`
    select to_char(w, 'IYYY-"W"IW') as week, cast(w as date) as start
    from generate_series(
      date_trunc('week', cast(cast(${from} as date) as timestamp)),
      date_trunc('week', cast(cast(${to} as date) as timestamp)),
      interval '1 week') as w
    order by w`.execute(db);
  return rows;
}
