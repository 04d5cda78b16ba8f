import type { Kysely } from 'kysely';
import type { Schema } from '../../src/db/schema.ts';
import type { Store } from '../../src/db/store.ts';
import { osloToday } from '../../src/domain/participant.ts';
import { daysFromToday } from './clock.ts';

/** Re-exported for the tests that import it from here. */
export { daysFromToday };

/** The demo participant who signs in as ingrid.deltaker. */
export async function ingrid(store: Store) {
  return store.db
    .selectFrom('participant')
    .selectAll()
    .where('given_name', '=', 'Ingrid')
    .where('family_name', '=', 'Solberg')
    .executeTakeFirstOrThrow();
}

export async function organisationId(store: Store, name: string): Promise<string> {
  const row = await store.db
    .selectFrom('organisation')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A valid consent body naming one organisation (optionally one role there) for some categories. */
export function consentBody(
  organisationId: string,
  categories: string[],
  overrides: Record<string, unknown> = {},
) {
  return {
    categories,
    recipients: [{ organisationId, role: null }],
    purpose: 'ips_follow_up',
    givenHow: 'written',
    givenAt: osloToday(),
    validFrom: osloToday(),
    validTo: daysFromToday(365),
    ...overrides,
  };
}

export async function countOf(store: Store, table: 'consent' | 'case_note' | 'break_glass' | 'candidate') {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The username of the job specialist who holds a participant's record. */
export async function holderUsername(store: Store, participantId: string): Promise<string> {
  const row = await store.db
    .selectFrom('participant as p')
    .innerJoin('app_user as u', 'u.id', 'p.job_specialist_id')
    .select('u.username')
    .where('p.id', '=', participantId)
    .executeTakeFirstOrThrow();
  return row.username;
}

/** Discharges a participant `daysAgo` days ago, as the retention rules see it (stage row and copy). */
export async function dischargedDaysAgo(db: Kysely<Schema>, participantId: string, daysAgo: number) {
  const day = daysFromToday(-daysAgo);
  await db
    .insertInto('stage_transition')
    .values({
      participant_id: participantId,
      stage: 'discharged',
      effective_date: day,
      discharge_reason: 'in_work',
    })
    .execute();
  await db
    .updateTable('participant')
    .set({ stage: 'discharged', stage_since: day })
    .where('id', '=', participantId)
    .execute();
}
