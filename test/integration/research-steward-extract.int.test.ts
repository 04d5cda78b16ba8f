import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/db/repositories/research/projects.ts';
import type { Store } from '../../src/db/store.ts';
import { daysFromToday } from '../support/clock.ts';
import { signIn, type TestApp, testApp } from '../support/test-app.ts';
import { dbKind, resetStore } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
let dataDir: string;
let bodo: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'steward-extract-'));
  store = await resetStore();
  app = await testApp(store, { dataDir });
  // The demo project covers Bodø, lena.leder's programme.
  const demo = await store.db
    .selectFrom('research_project')
    .select('programme_ids')
    .where('code', '=', 'ipsnor-nord')
    .executeTakeFirstOrThrow();
  bodo = demo.programme_ids[0] as string;
}, 120_000);
afterAll(async () => {
  await app?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const projectId = async (code: string) =>
  (
    await store.db
      .selectFrom('research_project')
      .select('id')
      .where('code', '=', code)
      .executeTakeFirstOrThrow()
  ).id;

async function decisions(id: string) {
  return store.db
    .selectFrom('audit_event')
    .select(['decision', 'reason'])
    .where('subject_type', '=', 'research_extract')
    .where('subject_id', '=', id)
    .orderBy('id')
    .execute();
}

describe(`the data steward's extract button on ${dbKind}`, () => {
  it('lets the lead of a covered programme make the extract under the data directory, with its manifest', async () => {
    const lena = await signIn(app, 'lena.leder');
    const id = await projectId('ipsnor-nord');
    const list = (await lena.request('GET', '/api/research/steward/projects')).json().items;
    expect(list).toMatchObject([{ id, code: 'ipsnor-nord', lastExtract: null }]);
    const res = await lena.request('POST', `/api/research/projects/${id}/extracts`);
    expect(res.statusCode).toBe(201);
    const made = res.json();
    expect(made.folder).toMatch(/^research-extracts\/ipsnor-nord\/\d{4}-\d\d-\d\dT/);
    expect(made.tables.map((t: { table: string }) => t.table)).toContain('fidelity');
    const files = await readdir(join(dataDir, made.folder));
    expect(files).toContain('manifest.json');
    expect(files).toContain('fidelity.parquet');
    const manifest = JSON.parse(await readFile(join(dataDir, made.folder, 'manifest.json'), 'utf8'));
    for (const t of made.tables) expect(manifest.tables[t.table].rows).toBe(t.rows);
    const after = (await lena.request('GET', '/api/research/steward/projects')).json().items[0];
    expect(after.lastExtract.rowCounts.participants).toBe(manifest.tables.participants.rows);
    expect((await decisions(id)).every((d) => d.decision === 'allow')).toBe(true);
    // Recorded as made by her: the user, and the name she had then.
    const [record] = await store.db
      .selectFrom('research_extract as e')
      .innerJoin('app_user as u', 'u.id', 'e.made_by_id')
      .select(['u.username', 'u.display_name', 'e.made_by'])
      .where('e.project_id', '=', id)
      .execute();
    expect(record).toMatchObject({ username: 'lena.leder', made_by: record?.display_name });
  });

  it('refuses a job specialist with 403, audited', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const id = await projectId('ipsnor-nord');
    const res = await kari.request('POST', `/api/research/projects/${id}/extracts`);
    expect(res.statusCode).toBe(403);
    expect(await decisions(id)).toContainEqual({ decision: 'deny', reason: 'role_not_permitted' });
  });

  it('refuses an expired approval naming the reason, and writes nothing', async () => {
    const id = await createProject(
      store.db,
      {
        code: 'expired-study',
        title: 'Expired study',
        institution: 'UiT',
        approvalKind: 'rek',
        approvalReference: 'REK 2',
        approvedFrom: daysFromToday(-800),
        approvedUntil: daysFromToday(-1),
        legalBasis: 'health_research_act',
        tables: ['participants'],
        dateHandling: 'year',
        programmeIds: [bodo],
      },
      [],
    );
    const lena = await signIn(app, 'lena.leder');
    const res = await lena.request('POST', `/api/research/projects/${id}/extracts`);
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('approval_expired');
    await expect(readdir(join(dataDir, 'research-extracts', 'expired-study'))).rejects.toThrow(/ENOENT/);
    expect(await decisions(id)).toEqual([{ decision: 'deny', reason: 'approval_expired' }]);
  });
});
