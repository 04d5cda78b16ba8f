import { type Kysely, sql } from 'kysely';
import type { ActivityPlace } from '../../../domain/code-lists.ts';
import type { SpecialistMinutes } from '../../../domain/fidelity/indicators/inputs.ts';
import type { Period } from '../../../domain/outcomes/history.ts';
import type { Schema } from '../../schema.ts';
import { newestContactDate } from '../caseload/caseload-sql.ts';

/**
 * Each participant's newest follow-along contact up to `asOf` (a contact's current version, or an
 * employer contact for her): one date each, where loading every contact cost most of the read.
 * Correlated per participant, so each part is read through its index and cut at its newest row:
 * grouping a UNION ALL over the contact views instead re-read every contact of the programme per
 * participant when PostgreSQL had no statistics yet (5 ms against 0.4 on the demo).
 */
export async function lastContacts(db: Kysely<Schema>, programmeId: string, asOf: string) {
  const upTo = sql`c.contact_date <= cast(${asOf} as date)`;
  const rows = await db
    .selectFrom('participant as p')
    .select('p.id')
    .select(
      sql<string | null>`greatest(${newestContactDate(upTo)}, (
        select max(e.contact_date) from employer_contact e
        where e.participant_id = p.id and e.programme_id = p.programme_id
          and e.contact_date <= cast(${asOf} as date)
      ))`.as('last'),
    )
    .where('p.programme_id', '=', programmeId)
    .execute();
  return new Map(rows.flatMap((r) => (r.last === null ? [] : [[r.id, r.last] as const])));
}

/** Each job specialist's logged minutes by place over the period (current versions, voided left out). */
export async function minutesByPlace(
  db: Kysely<Schema>,
  programmeId: string,
  period: Period,
): Promise<SpecialistMinutes[]> {
  const rows = await db
    .selectFrom('activity_entry_current')
    .select(['user_id', 'place'])
    .select((eb) => eb.fn.sum<string>('minutes').as('minutes'))
    .where('programme_id', '=', programmeId)
    .where('entry_date', '>=', period.from)
    .where('entry_date', '<=', period.to)
    .groupBy(['user_id', 'place'])
    .execute();
  return rows.map((r) => ({
    userId: r.user_id,
    place: r.place as ActivityPlace,
    minutes: Number(r.minutes),
  }));
}
