import type { Store } from '../../src/db/store.ts';

/** The id of a demo participant, found by name (the demo programme's names are fixed; ids are not). */
export async function demoParticipantId(
  store: Store,
  givenName: string,
  familyName: string,
): Promise<string> {
  const row = await store.db
    .selectFrom('participant')
    .select('id')
    .where('given_name', '=', givenName)
    .where('family_name', '=', familyName)
    .executeTakeFirstOrThrow();
  return row.id;
}
