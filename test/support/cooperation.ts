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
