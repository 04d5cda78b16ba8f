import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import {
  type CaseworkEnv,
  orgNumberFor,
  PARTICIPANT_ENDPOINTS,
  type ParticipantEndpoint,
  PROGRAMME_ENDPOINTS,
} from '../support/matrix/casework-endpoints.ts';
import { expected, type Outcome, withBasis } from '../support/matrix/expected.ts';
import {
  expectedCaseworkWrite,
  expectedEmployerContactFor,
  expectedIdentityUpdate,
  expectedProgramme,
  expectedReassign,
  PROGRAMME_ROLES,
  type ProgrammeRole,
} from '../support/matrix/expected-casework.ts';
import {
  CONSENT_STATES,
  createMatrixFixture,
  LEGAL_MODELS,
  MATRIX_ROLES,
  type MatrixFixture,
  type MatrixRole,
  ORGS,
  type OrgSide,
  TARGET_CATEGORY,
} from '../support/matrix/fixture.ts';
import { type Cells, cellKey } from '../support/matrix/render.ts';
import { renderCaseworkMatrix } from '../support/matrix/render-casework.ts';
import { startRegisterStandIn } from '../support/register-stand-in.ts';
import { type Caller, idOfUser, signIn, type TestApp, testApp } from '../support/test-app.ts';
import { dbKind, resetStore } from '../support/test-store.ts';

const DOC = new URL('../../docs/access-matrix-casework.md', import.meta.url);
/** The OpenAPI tags of casework's areas: every endpoint under them must be in the matrix. */
const CASEWORK_TAGS = ['casework', 'caseload', 'employers', 'activity', 'workforce', 'code-lists'];
/** Endpoints of other areas the matrix covers too: the settings, and her contact details on the record. */
const ALSO_COVERED = ['/api/programme/casework-settings', '/api/participants/{id}/contact-details'];

let store: Store;
let app: TestApp;
let fixture: MatrixFixture;
let env: Omit<CaseworkEnv, 'callerId' | 'cell'>;
const callers = new Map<string, { caller: Caller; id: string }>();

/** The programme lead is not a participant-level matrix role; two are added for the programme table. */
async function addProgrammeManagers() {
  const template = await store.db
    .selectFrom('app_user')
    .selectAll()
    .where('username', '=', 'm.supervisor.same')
    .executeTakeFirstOrThrow();
  const other = await store.db
    .selectFrom('app_user')
    .select('organisation_id')
    .where('username', '=', 'm.supervisor.other')
    .executeTakeFirstOrThrow();
  for (const side of ORGS) {
    await store.db
      .insertInto('app_user')
      .values({
        username: `m.programme-manager.${side}`,
        display_name: `Matrise programleder ${side}`,
        password_hash: template.password_hash,
        role: 'programme_manager',
        organisation_id: side === 'same' ? template.organisation_id : other.organisation_id,
        programme_id: template.programme_id,
      })
      .execute();
  }
}

beforeAll(async () => {
  store = await resetStore();
  // Lookups in Enhetsregisteret go to a stand-in, so an allowed lookup answers as one would.
  const register = await startRegisterStandIn();
  app = await testApp(store, { enhetsregisteretUrl: register.url });
  fixture = await createMatrixFixture(store);
  await addProgrammeManagers();
  const usernames = [...fixture.usernames, 'm.programme-manager.same', 'm.programme-manager.other'];
  for (const name of usernames)
    callers.set(name, { caller: await signIn(app, name), id: await idOfUser(store, name) });
  const employer = await store.db
    .insertInto('employer')
    .values({ programme_id: fixture.programmeId, org_number: orgNumberFor(99_999), name: 'Matrise AS' })
    .returning('id')
    .executeTakeFirstOrThrow();
  env = {
    store,
    employerId: employer.id,
    assignedSpecialistId: await idOfUser(store, 'm.job-specialist.same'),
    otherSpecialistId: await idOfUser(store, 'jonas.jobb'),
  };
  return async () => {
    await app.close();
    await register.close();
  };
});

let cellNumber = 0;
const cellEnv = (callerId: string): CaseworkEnv => ({ ...env, callerId, cell: ++cellNumber });

function newestEvent(participantId: string) {
  return store.db
    .selectFrom('audit_event')
    .select(['reason', 'legal_basis'])
    .where('participant_id', '=', participantId)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
}

async function participantOutcome(
  endpoint: ParticipantEndpoint,
  user: { caller: Caller; id: string },
  participantId: string,
): Promise<Outcome> {
  const e = cellEnv(user.id);
  const path = await endpoint.path(participantId, e);
  const body = endpoint.body ? await endpoint.body(participantId, e) : undefined;
  const res = await user.caller.request(endpoint.method, path, body);
  if (res.statusCode === 403) return `deny:${res.json().reason}`;
  // Outside the participant's programme a refusal answers as an unknown id; the event says why.
  if (res.statusCode === 404) return `deny:${(await newestEvent(participantId)).reason}`;
  if (res.statusCode >= 300) return `deny:status_${res.statusCode}_${res.json().detail ?? ''}` as Outcome;
  const withheld = (res.json().withheld ?? []).find(
    (w: { category: string }) => w.category === TARGET_CATEGORY,
  );
  if (withheld) return `deny:${withheld.reason}`;
  const event = await newestEvent(participantId);
  return `allow:${event.reason}:${event.legal_basis}`;
}

function expectedFor(
  endpoint: ParticipantEndpoint,
  role: MatrixRole,
  side: OrgSide,
  c: (typeof CONSENT_STATES)[number],
  m: (typeof LEGAL_MODELS)[number],
) {
  if (endpoint.kind === 'read') return expected(role, side, c, m, 'read');
  // Identity is given by a consent to any category, the one the matrix's consent leaves out too.
  if (endpoint.kind === 'identity_read')
    return expected(role, side, c === 'category_not_covered' ? 'valid' : c, m, 'read');
  if (endpoint.kind === 'identity_update') return withBasis(expectedIdentityUpdate(role, side));
  if (endpoint.kind === 'employer_contact') return withBasis(expectedEmployerContactFor(role, side));
  return withBasis(
    endpoint.kind === 'reassign' ? expectedReassign(role, side) : expectedCaseworkWrite(role, side),
  );
}

describe(`the casework access matrix over HTTP on ${dbKind}`, () => {
  it('documents every casework endpoint in OpenAPI and covers each in the matrix', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const documented: string[] = [];
    for (const [route, operations] of Object.entries(
      doc.paths as Record<string, Record<string, { tags?: string[] }>>,
    )) {
      for (const [method, op] of Object.entries(operations)) {
        if (op.tags?.some((t) => CASEWORK_TAGS.includes(t)) || ALSO_COVERED.includes(route))
          documented.push(`${method.toUpperCase()} ${route}`);
      }
    }
    const covered = [...PARTICIPANT_ENDPOINTS, ...PROGRAMME_ENDPOINTS].map((e) => `${e.method} ${e.route}`);
    expect([...new Set(covered)].sort()).toEqual([...new Set(documented)].sort());
  });

  it('gives every participant endpoint × role × organisation × consent state × legal model the rules’ decision', async () => {
    const cells: Cells = new Map();
    const mismatches: string[] = [];
    for (const model of LEGAL_MODELS) {
      await store.db
        .updateTable('programme')
        .set({ legal_model: model })
        .where('id', '=', fixture.programmeId)
        .execute();
      for (const endpoint of PARTICIPANT_ENDPOINTS) {
        const route = `${endpoint.method} ${endpoint.route}`;
        for (const role of MATRIX_ROLES) {
          for (const side of ORGS) {
            for (const consent of CONSENT_STATES) {
              const user = callers.get(fixture.userFor(role, side, consent)) as {
                caller: Caller;
                id: string;
              };
              const got = await participantOutcome(endpoint, user, fixture.participants[consent]);
              const key = cellKey(route, role, side, consent, model);
              cells.set(key, got);
              const want = expectedFor(endpoint, role, side, consent, model);
              if (got !== want) mismatches.push(`${key}: expected ${want}, got ${got}`);
            }
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    const programmeCells = await programmeMatrix();
    const markdown = renderCaseworkMatrix(
      [...new Set(PARTICIPANT_ENDPOINTS.map((e) => `${e.method} ${e.route}`))],
      cells,
      programmeCells,
    );
    if (process.env.UPDATE_ACCESS_MATRIX) writeFileSync(DOC, markdown);
    expect(
      readFileSync(DOC, 'utf8'),
      'docs/access-matrix-casework.md is stale: rerun with UPDATE_ACCESS_MATRIX=1',
    ).toBe(markdown);
  }, 600_000);
});

const programmeUser = (role: ProgrammeRole, side: OrgSide) =>
  role === 'programme_manager' ? `m.programme-manager.${side}` : fixture.userFor(role, side, 'none');

/** Programme-level endpoints for every role and organisation; mismatches fail the test. */
async function programmeMatrix(): Promise<Cells> {
  const cells: Cells = new Map();
  const mismatches: string[] = [];
  for (const endpoint of PROGRAMME_ENDPOINTS) {
    const route = `${endpoint.method} ${endpoint.route}`;
    for (const role of PROGRAMME_ROLES) {
      for (const side of ORGS) {
        const user = callers.get(programmeUser(role, side)) as { caller: Caller; id: string };
        const e = cellEnv(user.id);
        const res = await user.caller.request(endpoint.method, await endpoint.path(e), endpoint.body?.(e));
        const got: Outcome =
          res.statusCode === 403
            ? `deny:${res.json().reason}`
            : res.statusCode < 300
              ? 'allow'
              : (`deny:status_${res.statusCode}_${res.json().detail ?? ''}` as Outcome);
        cells.set(cellKey(route, role, side), got);
        const want = expectedProgramme(endpoint.rule, role, side);
        if (got !== want) mismatches.push(`${route} ${role}/${side}: expected ${want}, got ${got}`);
      }
    }
  }
  expect(mismatches).toEqual([]);
  return cells;
}
