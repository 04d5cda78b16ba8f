import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/db/repositories/research/projects.ts';
import type { Store } from '../../src/db/store.ts';
import type { NewResearchProject } from '../../src/domain/research/project.ts';
import { literal, openDuckDb, rowsOf } from '../../src/research/duckdb.ts';
import { makeExtract } from '../../src/research/extract/make-extract.ts';
import { daysFromToday } from '../support/clock.ts';
import { dbKind, resetStore } from '../support/test-store.ts';

let store: Store;
let root: string;
let identities: { id: string; fnr: string | null; given_name: string; family_name: string }[];

function project(
  code: string,
  over: Partial<NewResearchProject> = {},
  programmeIds: string[],
): NewResearchProject {
  return {
    code,
    title: `IPSNOR ${code}`,
    institution: 'Nordlandssykehuset',
    approvalKind: 'rek',
    approvalReference: `REK-${code}`,
    approvedFrom: daysFromToday(-365),
    approvedUntil: daysFromToday(365),
    legalBasis: 'health_research_act',
    tables: ['participants', 'stages', 'jobs', 'contacts', 'discharges', 'fidelity'],
    dateHandling: 'shift',
    programmeIds,
    ...over,
  };
}

beforeAll(async () => {
  store = await resetStore();
  root = await mkdtemp(join(tmpdir(), 'ips-extract-test-'));
  identities = await store.db
    .selectFrom('participant')
    .select(['id', 'fnr', 'given_name', 'family_name'])
    .execute();
  const programmes = (await store.db.selectFrom('programme').select('id').execute()).map((p) => p.id);
  await createProject(store.db, project('ips-a', {}, programmes), []);
  await createProject(store.db, project('ips-b', { dateHandling: 'quarter' }, programmes), []);
  await createProject(store.db, project('expired', { approvedUntil: daysFromToday(-1) }, programmes), []);
  await createProject(store.db, project('narrow', { tables: ['participants'] }, programmes), []);
  await createProject(store.db, project('consented', { legalBasis: 'consent' }, programmes), []);
}, 120_000);
afterAll(() => rm(root, { recursive: true, force: true }));

/** Every value of every column of every Parquet and CSV file in the folder, as text. */
async function everyValue(dir: string): Promise<string[]> {
  const conn = await openDuckDb();
  const values: string[] = [];
  for (const file of await readdir(dir)) {
    if (file.endsWith('.parquet')) {
      const rows = await rowsOf<Record<string, unknown>>(
        conn,
        `SELECT * FROM read_parquet(${literal(join(dir, file))})`,
      );
      for (const r of rows) for (const v of Object.values(r)) values.push(String(v));
    } else values.push(...(await readFile(join(dir, file), 'utf8')).split(/[,\r\n"]/));
  }
  conn.closeSync();
  return values;
}

const keysOf = async (dir: string) => {
  const conn = await openDuckDb();
  const rows = await rowsOf<{ person_key: string }>(
    conn,
    `SELECT person_key FROM read_parquet(${literal(join(dir, 'participants.parquet'))})`,
  );
  conn.closeSync();
  return rows.map((r) => r.person_key);
};

async function refusalsAudited(reason: string): Promise<number> {
  const rows = await store.db
    .selectFrom('audit_event')
    .select('id')
    .where('subject_type', '=', 'research_extract')
    .where('decision', '=', 'deny')
    .where('reason', '=', reason)
    .execute();
  return rows.length;
}

describe(`pseudonymised research extracts on ${dbKind}`, () => {
  it('holds no fødselsnummer, no name and no unhashed id in any column of any file', async () => {
    const out = join(root, 'a');
    const r = await makeExtract(store, { project: 'ips-a', out, today: daysFromToday(0) });
    expect(r.counts.participants).toBe(identities.filter((p) => p.fnr !== null).length);
    const values = await everyValue(out);
    const forbidden = new Set(
      identities.flatMap((p) => [p.id, p.fnr ?? '', p.given_name, p.family_name]).filter(Boolean),
    );
    expect(values.filter((v) => forbidden.has(v))).toEqual([]);
    expect(values.filter((v) => /\b\d{11}\b/.test(v) || /[0-9a-f]{8}-[0-9a-f]{4}-/.test(v))).toEqual([]);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.tables.participants.rows).toBe(r.counts.participants);
    expect(manifest.tables.jobs.columns.map((c: { name: string }) => c.name)).toContain('employment_type');
    expect(JSON.stringify(manifest)).not.toMatch(/hash_?key/i);
  });

  it('carries each signed-off fidelity review, its date cut to the month under shifting', async () => {
    const conn = await openDuckDb();
    const rows = await rowsOf<{ review_date: unknown; total_score: number; band: string }>(
      conn,
      `SELECT strftime(review_date, '%d') AS review_date, total_score, band
       FROM read_parquet(${literal(join(root, 'a', 'fidelity.parquet'))}) ORDER BY total_score`,
    );
    conn.closeSync();
    expect(rows).toEqual([
      { review_date: '01', total_score: 83, band: 'fair' },
      { review_date: '01', total_score: 102, band: 'good' },
    ]);
    const manifest = JSON.parse(await readFile(join(root, 'a', 'manifest.json'), 'utf8'));
    expect(manifest.tables.fidelity.rows).toBe(2);
  });

  it('gives the same person different keys in two projects', async () => {
    await makeExtract(store, { project: 'ips-b', out: join(root, 'b'), today: daysFromToday(0) });
    const [a, b] = [await keysOf(join(root, 'a')), await keysOf(join(root, 'b'))];
    expect(a.length).toBe(b.length);
    expect(a.filter((k) => b.includes(k))).toEqual([]);
  });

  it('takes under consent only the participants who consented to the project', async () => {
    const r = await makeExtract(store, {
      project: 'consented',
      out: join(root, 'consented'),
      today: daysFromToday(0),
    });
    expect(r.counts.participants).toBe(0);
  });

  it('refuses an expired approval and data the project may not take: nothing written, refusal audited', async () => {
    const expired = join(root, 'expired');
    await expect(
      makeExtract(store, { project: 'expired', out: expired, today: daysFromToday(0) }),
    ).rejects.toMatchObject({
      status: 403,
      extra: { reason: 'approval_expired' },
    });
    await expect(readdir(expired)).rejects.toThrow(/ENOENT/);
    expect(await refusalsAudited('approval_expired')).toBe(1);
    const narrow = join(root, 'narrow');
    await expect(
      makeExtract(store, {
        project: 'narrow',
        out: narrow,
        tables: ['participants', 'contacts'],
        today: daysFromToday(0),
      }),
    ).rejects.toMatchObject({ extra: { reason: 'data_not_covered' } });
    await expect(readdir(narrow)).rejects.toThrow(/ENOENT/);
    expect(await refusalsAudited('data_not_covered')).toBe(1);
  });

  it('records and audits each extract', async () => {
    const made = await store.db.selectFrom('research_extract').select(['made_by', 'made_by_id']).execute();
    expect(made.length).toBeGreaterThanOrEqual(3);
    // The command line's system actor: named, and no user behind it.
    for (const m of made) expect(m).toEqual({ made_by: 'ips research extract', made_by_id: null });
    const allowed = await store.db
      .selectFrom('audit_event')
      .select(['legal_basis', 'purpose'])
      .where('subject_type', '=', 'research_extract')
      .where('decision', '=', 'allow')
      .execute();
    expect(allowed[0]).toEqual({ legal_basis: 'health_research_act', purpose: 'research' });
  });
});
