import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { expected, type Outcome } from '../support/matrix/expected.ts';
import {
  ACTIONS,
  CONSENT_STATES,
  createMatrixFixture,
  LEGAL_MODELS,
  MATRIX_ROLES,
  type MatrixAction,
  type MatrixFixture,
  ORGS,
  TARGET_CATEGORY,
} from '../support/matrix/fixture.ts';
import { type Cells, cellKey, renderMatrix } from '../support/matrix/render.ts';
import { type Caller, signIn, type TestApp, testApp } from '../support/test-app.ts';
import { dbKind, resetStore } from '../support/test-store.ts';

const DOC = new URL('../../docs/access-matrix.md', import.meta.url);

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

/** What the API did in one cell, read from its answer and the audit event it left. */
async function outcome(caller: Caller, participantId: string, action: MatrixAction): Promise<Outcome> {
  if (action === 'list') return listOutcome(caller, participantId);
  const res =
    action === 'read'
      ? await caller.request('GET', `/api/participants/${participantId}`)
      : action === 'update'
        ? await caller.request('POST', `/api/participants/${participantId}/notes`, {
            category: TARGET_CATEGORY,
            body: 'Matrise',
          })
        : await caller.request('GET', `/api/participants/${participantId}/team-export?format=json`);
  if (res.statusCode === 403) return `deny:${res.json().reason}`;
  // Outside the participant's programme a refusal answers as an unknown id; the event says why.
  if (res.statusCode === 404) return `deny:${(await newestEvent(participantId)).reason}`;
  if (res.statusCode !== 200 && res.statusCode !== 201)
    throw new Error(`${action}: ${res.statusCode} ${res.body}`);
  const withheld = (res.json().withheld ?? []).find(
    (w: { category: string }) => w.category === TARGET_CATEGORY,
  );
  if (withheld) return `deny:${withheld.reason}`;
  const event = await newestEvent(participantId);
  return `allow:${event.reason}:${event.legal_basis}`;
}

/** Whether the caller's list shows the participant, and on what the event of her row rests. */
async function listOutcome(caller: Caller, participantId: string): Promise<Outcome> {
  const res = await caller.request('GET', '/api/participants');
  if (res.statusCode === 403) return `deny:${res.json().reason}`;
  const ids = (res.json().items as { id: string }[]).map((i) => i.id);
  if (!ids.includes(participantId)) return 'deny:not_listed';
  const event = await newestEvent(participantId);
  return event.action === 'list' ? `allow:${event.reason}:${event.legal_basis}` : 'deny:no_list_event';
}

function newestEvent(participantId: string) {
  return store.db
    .selectFrom('audit_event')
    .select(['action', 'reason', 'legal_basis'])
    .where('participant_id', '=', participantId)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
}

describe(`the authorisation matrix over HTTP on ${dbKind}`, () => {
  it('gives every role × organisation × consent state × legal model × action the decision the rules state', async () => {
    const cells: Cells = new Map();
    const mismatches: string[] = [];
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
            for (const action of ACTIONS) {
              const got = await outcome(caller, fixture.participants[consent], action);
              const key = cellKey(role, side, consent, model, action);
              cells.set(key, got);
              const want = expected(role, side, consent, model, action);
              if (got !== want) mismatches.push(`${key}: expected ${want}, got ${got}`);
            }
          }
        }
      }
    }
    const markdown = renderMatrix(cells);
    console.log(markdown);
    expect(mismatches).toEqual([]);
    expect(cells.size).toBe(
      MATRIX_ROLES.length * ORGS.length * CONSENT_STATES.length * LEGAL_MODELS.length * ACTIONS.length,
    );
    if (process.env.UPDATE_ACCESS_MATRIX) writeFileSync(DOC, markdown);
    expect(
      readFileSync(DOC, 'utf8'),
      'docs/access-matrix.md is stale: rerun with UPDATE_ACCESS_MATRIX=1',
    ).toBe(markdown);
  }, 300_000);
});
