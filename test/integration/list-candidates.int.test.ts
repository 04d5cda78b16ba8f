import { beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import {
  CONSENT_STATES,
  createMatrixFixture,
  LEGAL_MODELS,
  MATRIX_ROLES,
  type MatrixFixture,
  ORGS,
} from '../support/matrix/fixture.ts';
import { type Caller, signIn, type TestApp, testApp } from '../support/test-app.ts';
import { dbKind, resetStore } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
let fixture: MatrixFixture;
const callers = new Map<string, Caller>();

beforeAll(async () => {
  store = await resetStore();
  app = await testApp(store);
  fixture = await createMatrixFixture(store);
  for (const name of fixture.usernames) callers.set(name, await signIn(app, name));
  return () => app.close();
});

/**
 * The participant list narrows its rows in SQL before the policy decides each one. If the policy
 * ever allowed more than that pre-filter lets through, the list would silently stay narrow: so on
 * every case of the access matrix, each participant whose record the caller may open must be listed.
 */
describe(`the participant list's candidate filter on ${dbKind}`, () => {
  it('lists every matrix participant whose record the policy lets the caller open', async () => {
    const missing: string[] = [];
    let opened = 0;
    for (const model of LEGAL_MODELS) {
      await store.db
        .updateTable('programme')
        .set({ legal_model: model })
        .where('id', '=', fixture.programmeId)
        .execute();
      for (const role of MATRIX_ROLES) {
        for (const side of ORGS) {
          for (const consent of CONSENT_STATES) {
            const caller = callers.get(fixture.userFor(role, side, consent)) as Caller;
            const list = await caller.request('GET', '/api/participants');
            // A role with no participant list at all (a participant, a researcher) is the policy's
            // answer to the list, not a narrowing of it.
            if (list.statusCode === 403) continue;
            const listed = new Set<string>(list.json().items.map((p: { id: string }) => p.id));
            for (const state of CONSENT_STATES) {
              const id = fixture.participants[state];
              const read = await caller.request('GET', `/api/participants/${id}`);
              if (read.statusCode !== 200) continue;
              opened += 1;
              if (!listed.has(id)) missing.push(`${model} ${role}/${side} (${consent}): ${state}`);
            }
          }
        }
      }
    }
    expect(opened).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});
