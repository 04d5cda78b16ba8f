import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { refreshOutcomes } from '../../src/db/scheduled/refresh-outcomes.ts';
import type { Store } from '../../src/db/store.ts';
import { signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

const DOC = new URL('../../docs/access-matrix-outcomes.md', import.meta.url);

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});

/** One demo user of every role that can sign in; all but ola.tromso work in IPS Salten (region Nord). */
const USERS = {
  'kari.jobb': 'job_specialist',
  'marit.leder': 'supervisor',
  'lena.leder': 'programme_manager',
  'per.behandler': 'clinician',
  'anne.nav': 'nav_adviser',
  admin: 'admin',
  'rita.ressurs': 'resource_centre (Nord)',
  'nils.direktorat': 'national_reader',
} as const;
type User = keyof typeof USERS;

const REPORTS = ['own programme', 'other programme', 'own region', 'other region', 'national'] as const;
type Report = (typeof REPORTS)[number];

const PROGRAMME_LEAD = 'allow:programme_lead:programme_management';
const SUPERVISOR = 'allow:programme_supervisor:programme_supervision';
const AGGREGATE = 'allow:signed_in:aggregate_statistics';
const NOT_PERMITTED = 'deny:role_not_permitted';
const OUTSIDE = ['deny:other_programme', NOT_PERMITTED, NOT_PERMITTED, NOT_PERMITTED] as const;

/** The rules (src/domain/policy/outcome-policy.ts) as a table: own programme, other, own region, other, national. */
const EXPECTED: Record<User, readonly string[]> = {
  'kari.jobb': ['allow:programme_member:programme_management (specialists: own)', ...OUTSIDE],
  'marit.leder': [`${SUPERVISOR} (specialists: all)`, ...OUTSIDE],
  'lena.leder': [`${PROGRAMME_LEAD} (specialists: all)`, ...OUTSIDE],
  'per.behandler': [NOT_PERMITTED, 'deny:other_programme', NOT_PERMITTED, NOT_PERMITTED, NOT_PERMITTED],
  'anne.nav': [NOT_PERMITTED, 'deny:other_programme', NOT_PERMITTED, NOT_PERMITTED, NOT_PERMITTED],
  admin: REPORTS.map(() => 'deny:admin_no_case_content'),
  'rita.ressurs': ['deny:no_programme', 'deny:no_programme', AGGREGATE, 'deny:other_region', NOT_PERMITTED],
  'nils.direktorat': ['deny:no_programme', 'deny:no_programme', AGGREGATE, AGGREGATE, AGGREGATE],
};

async function programmeId(name: string) {
  const row = await store.db
    .selectFrom('programme')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.id;
}

function lastReportEvent() {
  return store.db
    .selectFrom('audit_event')
    .select(['id', 'decision', 'reason', 'legal_basis'])
    .where('subject_type', '=', 'outcome_report')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
}

/**
 * What one report gave the user: the audited reason and basis, and whose specialists' figures it
 * held. Its CSV download must get the same answer and the same audited decision.
 */
async function cell(user: User, url: string): Promise<string> {
  const caller = await signIn(app, user);
  const res = await caller.request('GET', url);
  const event = await lastReportEvent();
  const file = await caller.request('GET', `${url}/report.csv`);
  expect(file.statusCode, `${user} ${url}/report.csv`).toBe(res.statusCode);
  const { id, ...decided } = event;
  const fileEvent = await lastReportEvent();
  expect(fileEvent.id, 'the download is audited on its own').toBeGreaterThan(id);
  expect({ ...fileEvent, id }).toEqual(event);
  expect(decided.decision).toBe(res.statusCode === 200 ? 'allow' : 'deny');
  if (res.statusCode === 403) return `deny:${res.json().reason}`;
  expect(res.statusCode, res.body).toBe(200);
  const allow = `allow:${event.reason}:${event.legal_basis}`;
  const specialists = res.json().specialists as { id: string }[] | undefined;
  if (!specialists) return allow;
  const whose = specialists.length > 1 ? 'all' : specialists.length === 1 ? 'own' : 'none';
  return `${allow} (specialists: ${whose})`;
}

describe(`who sees outcome reports, over HTTP on ${dbKind}`, () => {
  it('gives every role each level the rules state, audited, and writes the matrix', async () => {
    await refreshOutcomes(store, { now: new Date() });
    const urls: Record<Report, string> = {
      'own programme': `/api/outcomes/programmes/${await programmeId('IPS Salten')}`,
      'other programme': `/api/outcomes/programmes/${await programmeId('IPS Tromsø')}`,
      'own region': '/api/outcomes/regions/nord',
      'other region': '/api/outcomes/regions/vest',
      national: '/api/outcomes/national',
    };
    const rows: string[] = [];
    const got: Record<string, string[]> = {};
    for (const user of Object.keys(USERS) as User[]) {
      got[user] = [];
      for (const report of REPORTS) got[user].push(await cell(user, urls[report]));
      rows.push(`| ${USERS[user]} | ${got[user].join(' | ')} |`);
    }
    expect(got).toEqual(EXPECTED);
    const markdown = [
      '# Access matrix: outcome reports',
      '',
      'Generated by `test/integration/outcome-matrix.int.test.ts` from real HTTP requests against both',
      'databases. Each cell is `GET /api/outcomes/programmes/:id`, `/regions/:id` or `/national` for a',
      'demo user of IPS Salten (region Nord; *other programme* is IPS Tromsø, *other region* Vest); an',
      'allowed cell names the reason and legal basis of its audit event and, for a programme report,',
      'whose per-specialist figures it holds. No report names a participant. Each report’s downloads',
      '(`…/report.csv` and `.xlsx`, a programme’s `.pdf`) get the same decision; the test checks every',
      'cell’s CSV against it, its own audit event included.',
      '',
      `| role | ${REPORTS.join(' | ')} |`,
      `| --- | ${REPORTS.map(() => '---').join(' | ')} |`,
      ...rows,
      '',
    ].join('\n');
    if (process.env.UPDATE_ACCESS_MATRIX) writeFileSync(DOC, markdown);
    expect(readFileSync(DOC, 'utf8'), 'docs/access-matrix-outcomes.md is stale').toBe(markdown);
  }, 120_000);
});
