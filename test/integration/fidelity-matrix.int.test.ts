import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { daysFromToday } from '../support/clock.ts';
import { idOfUser, participantOf, signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

const DOC = new URL('../../docs/access-matrix-fidelity.md', import.meta.url);

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});

/** One demo user of each role that meets fidelity work; siri.revisor is the open review's reviewer. */
const USERS = {
  'kari.jobb': 'job_specialist',
  'marit.leder': 'supervisor',
  'lena.leder': 'programme_manager',
  'per.behandler': 'clinician',
  admin: 'admin',
  'rita.ressurs': 'resource_centre (Nord)',
  'siri.revisor': 'reviewer of the open review (Nord)',
  'per.revisor': 'reviewer, not of the open review (Nord)',
  'ola.tromso': 'job_specialist (IPS Tromsø)',
} as const;
type User = keyof typeof USERS;

const CELLS = [
  'scale',
  'reviews',
  'open review',
  'signed-off report',
  'own region',
  'other region',
  'chart review',
  'live indicators',
  'indicator records',
] as const;
type Cell = (typeof CELLS)[number];

const LEAD = 'allow:programme_lead:programme_management';
const SUPERVISOR = 'allow:programme_supervisor:programme_supervision';
const REVIEWER = 'allow:fidelity_reviewer:quality_review';
const SCALE = 'allow:signed_in:system_operation';
const NOT_PERMITTED = 'deny:role_not_permitted';
/** Outside the programme a refused record read answers as an unknown id does. */
const NOT_FOUND = 'not found (as an unknown id)';
const NOT_NAMED = 'deny:not_reviewer_of_review';

const ADMIN = 'deny:admin_no_case_content';

/** The rules (src/domain/policy/fidelity-policy.ts, chart review in participant-policy.ts, live
 * indicators in fidelity-indicator-policy.ts) as a table. */
const EXPECTED: Record<User, readonly string[]> = {
  'kari.jobb': [
    SCALE,
    NOT_PERMITTED,
    NOT_PERMITTED,
    NOT_PERMITTED,
    NOT_PERMITTED,
    NOT_PERMITTED,
    NOT_NAMED,
    'allow:programme_member:programme_management',
    'allow:programme_member:programme_management',
  ],
  'marit.leder': [
    SCALE,
    SUPERVISOR,
    'deny:review_not_signed_off',
    SUPERVISOR,
    NOT_PERMITTED,
    NOT_PERMITTED,
    NOT_NAMED,
    SUPERVISOR,
    SUPERVISOR,
  ],
  'lena.leder': [
    SCALE,
    LEAD,
    'deny:review_not_signed_off',
    LEAD,
    NOT_PERMITTED,
    NOT_PERMITTED,
    NOT_NAMED,
    LEAD,
    LEAD,
  ],
  'per.behandler': [
    SCALE,
    NOT_PERMITTED,
    NOT_PERMITTED,
    NOT_PERMITTED,
    NOT_PERMITTED,
    NOT_PERMITTED,
    NOT_NAMED,
    NOT_PERMITTED,
    NOT_PERMITTED,
  ],
  admin: [...CELLS.slice(0, 6).map(() => 'deny:admin_no_case_content'), NOT_FOUND, ADMIN, ADMIN],
  'rita.ressurs': [
    SCALE,
    NOT_PERMITTED,
    NOT_PERMITTED,
    NOT_PERMITTED,
    'allow:signed_in:aggregate_statistics',
    'deny:other_region',
    NOT_FOUND,
    'deny:no_programme',
    'deny:no_programme',
  ],
  'siri.revisor': [
    SCALE,
    REVIEWER,
    REVIEWER,
    REVIEWER,
    NOT_PERMITTED,
    NOT_PERMITTED,
    REVIEWER,
    REVIEWER,
    'deny:aggregate_only',
  ],
  'per.revisor': [
    SCALE,
    REVIEWER,
    NOT_NAMED,
    REVIEWER,
    NOT_PERMITTED,
    NOT_PERMITTED,
    NOT_FOUND,
    REVIEWER,
    'deny:aggregate_only',
  ],
  'ola.tromso': [
    SCALE,
    NOT_PERMITTED,
    NOT_PERMITTED,
    NOT_PERMITTED,
    NOT_PERMITTED,
    NOT_PERMITTED,
    NOT_FOUND,
    'deny:other_programme',
    'deny:other_programme',
  ],
};

/** The audit event of a cell's read: the chart review's is a participant read, the indicators' their own. */
function subjectOf(c: Cell) {
  if (c === 'chart review') return 'participant';
  return c.includes('indicator') ? 'fidelity_indicators' : 'fidelity_review';
}

function lastEvent(subjectType: string) {
  return store.db
    .selectFrom('audit_event')
    .select(['reason', 'legal_basis'])
    .where('subject_type', '=', subjectType)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
}

async function cell(user: User, url: string, subjectType: string): Promise<string> {
  const caller = await signIn(app, user);
  const res = await caller.request('GET', url);
  if (res.statusCode === 403) return `deny:${res.json().reason}`;
  if (res.statusCode === 404) return NOT_FOUND;
  expect(res.statusCode, `${user} ${url}: ${res.body}`).toBe(200);
  const event = await lastEvent(subjectType);
  return `allow:${event.reason}:${event.legal_basis}`;
}

/** An open review of IPS Salten by siri.revisor, with the programme lead's chart-review grant open. */
async function openReview(programmeId: string) {
  const siri = await signIn(app, 'siri.revisor');
  const created = await siri.request('POST', '/api/fidelity/reviews', {
    programmeId,
    periodFrom: daysFromToday(-180),
    periodTo: daysFromToday(-1),
    reviewDate: daysFromToday(0),
    reviewerIds: [await idOfUser(store, 'siri.revisor')],
  });
  const id = created.json().id as string;
  const lena = await signIn(app, 'lena.leder');
  await lena.request('POST', `/api/fidelity/reviews/${id}/chart-grant`, {
    expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
  });
  return id;
}

describe(`who takes part in fidelity reviews, over HTTP on ${dbKind}`, () => {
  it('gives every role each part the rules state, audited, and writes the matrix', async () => {
    const salten = await store.db
      .selectFrom('programme')
      .select('id')
      .where('name', '=', 'IPS Salten')
      .executeTakeFirstOrThrow();
    const signed = await store.db
      .selectFrom('fidelity_review')
      .select('id')
      .where('programme_id', '=', salten.id)
      .orderBy('review_date', 'desc')
      .executeTakeFirstOrThrow();
    const open = await openReview(salten.id);
    const participant = await participantOf(store, 'kari.jobb');
    const urls: Record<Cell, string> = {
      scale: '/api/fidelity/scales/ips25-2019',
      reviews: `/api/fidelity/programmes/${salten.id}/reviews`,
      'open review': `/api/fidelity/reviews/${open}`,
      'signed-off report': `/api/fidelity/reviews/${signed.id}/report`,
      'own region': '/api/fidelity/regions/nord/programmes',
      'other region': '/api/fidelity/regions/vest/programmes',
      'chart review': `/api/fidelity/reviews/${open}/chart-review/${participant.id}`,
      'live indicators': `/api/fidelity/programmes/${salten.id}/indicators`,
      'indicator records': `/api/fidelity/programmes/${salten.id}/indicators/services-4/records`,
    };
    const rows: string[] = [];
    const got: Record<string, string[]> = {};
    for (const user of Object.keys(USERS) as User[]) {
      got[user] = [];
      for (const c of CELLS) got[user].push(await cell(user, urls[c], subjectOf(c)));
      rows.push(`| ${USERS[user]} | ${got[user].join(' | ')} |`);
    }
    expect(got).toEqual(EXPECTED);
    const markdown = [
      '# Access matrix: fidelity reviews',
      '',
      'Generated by `test/integration/fidelity-matrix.int.test.ts` from real HTTP requests against both',
      'databases. Each cell is a `GET` under `/api/fidelity` by a demo user: the scale; IPS Salten’s',
      'reviews; an open review of IPS Salten by siri.revisor; the report of its last signed-off review; the',
      'region views of Nord and Vest; and a chart-review read of one participant while the programme lead’s',
      'grant for the open review is open (after it ends: `deny:chart_review_grant_expired`). An allowed cell',
      'names the reason and legal basis of its audit event. Reviewer ratings stay hidden from the other',
      'reviewers until all have submitted (`test/integration/fidelity.int.test.ts`). The last two cells',
      'are IPS Salten’s live indicators and the records behind one of them (services-4): values for the',
      'programme’s staff and its region’s reviewers, records for its staff only.',
      '',
      `| role | ${CELLS.join(' | ')} |`,
      `| --- | ${CELLS.map(() => '---').join(' | ')} |`,
      ...rows,
      '',
    ].join('\n');
    if (process.env.UPDATE_ACCESS_MATRIX) writeFileSync(DOC, markdown);
    expect(readFileSync(DOC, 'utf8'), 'docs/access-matrix-fidelity.md is stale').toBe(markdown);
  }, 120_000);
});
