import { beforeEach } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { type Caller, signIn, type TestApp } from './test-app.ts';

/**
 * Signed-in callers of the current test, one sign-in per user: each test starts from a fresh
 * database, so the cache is emptied before each. `app` is read at call time (it exists once the
 * file's app is built).
 */
export function useCallers(app: () => TestApp): (username: string) => Promise<Caller> {
  let callers = new Map<string, Caller>();
  beforeEach(() => {
    callers = new Map();
  });
  return async (username) => {
    const known = callers.get(username);
    if (known) return known;
    const caller = await signIn(app(), username);
    callers.set(username, caller);
    return caller;
  };
}

let employers = 0;

/** A new employer of the programme, with an organisation number no other test employer has. */
export async function employerOf(store: Store, programmeId: string, name = 'Bodø Lager AS'): Promise<string> {
  employers += 1;
  const row = await store.db
    .insertInto('employer')
    .values({ programme_id: programmeId, org_number: `8${String(employers).padStart(8, '0')}`, name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
