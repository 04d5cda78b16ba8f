import type { Kysely } from 'kysely';
import type { ActivityPlace } from '../../../domain/code-lists.ts';
import type { SpecialistMinutes } from '../../../domain/fidelity/indicators/inputs.ts';
import type { Period } from '../../../domain/outcomes/history.ts';
import type { Schema } from '../../schema.ts';

/**
 * Each participant's newest follow-along contact up to `asOf` (a contact's current version, or an
 * employer contact for her): one date each, where loading every contact cost most of the read.
 */
export async function lastContacts(db: Kysely<Schema>, programmeId: string, asOf: string) {
  const rows = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('participant_contact_current as c')
        .innerJoin('participant as p', 'p.id', 'c.participant_id')
        .select(['c.participant_id', 'c.contact_date'])
        .where('p.programme_id', '=', programmeId)
        .where('c.contact_date', '<=', asOf)
        .unionAll(
          eb
            .selectFrom('employer_contact')
            .select(['participant_id', 'contact_date'])
            .where('programme_id', '=', programmeId)
            .where('participant_id', 'is not', null)
            .where('contact_date', '<=', asOf)
            .$narrowType<{ participant_id: string }>(),
        )
        .as('c'),
    )
    .select('c.participant_id')
    .select((eb) => eb.fn.max('c.contact_date').as('last'))
    .groupBy('c.participant_id')
    .execute();
  return new Map(rows.map((r) => [r.participant_id, r.last]));
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
