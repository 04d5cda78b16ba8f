import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/db/repositories/research/projects.ts';
import type { Store } from '../../src/db/store.ts';
import { ECONOMICS_PARAMS } from '../../src/domain/research/economics-params.ts';
import { idOfUser, signIn, type TestApp, testApp } from '../support/test-app.ts';
import { dbKind, resetStore } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'registers-'));
  store = await resetStore();
  app = await testApp(store, { researchRegisters: { dir, persons: 1500 } });
});
afterAll(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

const analysisBody = {
  language: 'nb',
  labels: {
    benefitTitle: 'Helserelatert ytelse',
    healthTitle: 'Spesialistkontakter',
    xAxis: 'Måneder fra start',
    benefitAxis: 'Forskjell',
    healthAxis: 'Forskjell',
  },
};
const economicsBody = (params: Record<string, number> = {}) => ({
  params,
  language: 'en',
  labels: {
    title: 'Tornado',
    low: 'Low',
    high: 'High',
    base: 'Base',
    params: Object.fromEntries(ECONOMICS_PARAMS.map((p) => [p, p])),
  },
});

async function hannesProject(): Promise<string> {
  const row = await store.db
    .selectFrom('research_project')
    .select('id')
    .where('code', '=', 'ipsnor-nord')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function otherProject(researcher: string, until = '2099-12-31'): Promise<string> {
  const bodo = await store.db.selectFrom('programme').select('id').executeTakeFirstOrThrow();
  return createProject(
    store.db,
    {
      code: `other-${until}`,
      title: 'Another study',
      institution: 'UiT',
      approvalKind: 'rek',
      approvalReference: 'REK 1',
      approvedFrom: '2020-01-01',
      approvedUntil: until,
      legalBasis: 'consent',
      tables: ['participants'],
      dateHandling: 'year',
      programmeIds: [bodo.id],
    },
    [await idOfUser(store, researcher)],
  );
}

async function audited(projectId: string, decision: 'allow' | 'deny') {
  return store.db
    .selectFrom('audit_event')
    .select(['subject_type', 'reason'])
    .where('subject_id', '=', projectId)
    .where('decision', '=', decision)
    .execute();
}

describe(`the researcher's register analysis and health economics on ${dbKind}`, () => {
  it('allows her project: makes the registers, runs the analysis with the note, and the economics from its effect', async () => {
    const hanne = await signIn(app, 'hanne.forsker');
    const id = await hannesProject();
    expect((await hanne.request('GET', '/api/research/projects')).json().items).toMatchObject([{ id }]);
    const early = await hanne.request('POST', `/api/research/projects/${id}/register-analysis`, analysisBody);
    expect(early.statusCode).toBe(409);
    expect((await hanne.request('POST', `/api/research/projects/${id}/registers`)).statusCode).toBe(202);
    await expect
      .poll(async () => (await hanne.request('GET', `/api/research/projects/${id}/registers`)).json().state, {
        timeout: 60_000,
        interval: 250,
      })
      .toBe('ready');
    const run = await hanne.request('POST', `/api/research/projects/${id}/register-analysis`, analysisBody);
    expect(run.statusCode).toBe(200);
    const a = run.json();
    expect(a.did.map((r: { groupValue: string }) => r.groupValue)).toContain('ips_ung');
    const counts = a.did.flatMap((r: { nParticipants: number | null }) => r.nParticipants ?? []);
    expect(counts.every((n: number) => n % 5 === 0)).toBe(true);
    expect(a.plots.benefit.svg).toContain('Helserelatert ytelse');
    expect(a.plots.benefit.svg).toContain('nærmeste 5');
    expect(a.csv.did).toMatch(/# Antall er avrundet til nærmeste 5\..*\r\n# Counts are rounded/s);
    const eco = await hanne.request('POST', `/api/research/projects/${id}/health-economics`, economicsBody());
    expect(eco.statusCode).toBe(200);
    const e = eco.json();
    const did = a.did.find(
      (r: { outcome: string; groupBy: string }) => r.outcome === 'benefit_dependency' && r.groupBy === 'all',
    );
    expect(e.sources.benefitEffect).toBe('analysis');
    expect(e.params.benefitEffect).toBeCloseTo(did.estimate, 12);
    expect(e.result.participants).toBe(a.matchedParticipants);
    expect(e.tornado.svg).toContain('<title id="tornado-title">Tornado</title>');
    expect(e.csv).toContain('# Counts are rounded');
    expect((await audited(id, 'allow')).map((r) => r.subject_type).sort()).toEqual([
      'research_analysis',
      'research_analysis',
      'research_economics',
      'research_registers',
    ]);
  }, 120_000);

  it('blocks a project she is not on, and one whose approval has expired, with 403, audited', async () => {
    const hanne = await signIn(app, 'hanne.forsker');
    const foreign = await otherProject('kari.jobb');
    const expired = await otherProject('hanne.forsker', '2021-12-31');
    for (const [id, reason] of [
      [foreign, 'not_project_researcher'],
      [expired, 'approval_expired'],
    ] as const) {
      const res = await hanne.request(
        'POST',
        `/api/research/projects/${id}/health-economics`,
        economicsBody(),
      );
      expect(res.statusCode, reason).toBe(403);
      expect(await audited(id, 'deny')).toEqual([{ subject_type: 'research_economics', reason }]);
    }
    const projects = (await hanne.request('GET', '/api/research/projects')).json().items;
    expect(projects.map((p: { id: string }) => p.id)).not.toContain(foreign);
  });

  it('blocks other roles from her project', async () => {
    const id = await hannesProject();
    for (const user of ['kari.jobb', 'lena.leder', 'admin']) {
      const res = await (await signIn(app, user)).request('POST', `/api/research/projects/${id}/registers`);
      expect(res.statusCode, user).toBe(403);
    }
  });

  it('answers parameters out of range with a 400 naming each, before anything runs', async () => {
    const hanne = await signIn(app, 'hanne.forsker');
    const id = await hannesProject();
    const res = await hanne.request(
      'POST',
      `/api/research/projects/${id}/health-economics`,
      economicsBody({ caseloadPerFte: 200, socialCostRate: -1 }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'socialCostRate',
      'caseloadPerFte',
    ]);
    const unknown = await hanne.request('POST', `/api/research/projects/${id}/health-economics`, {
      ...economicsBody(),
      params: { salary: 1 },
    });
    expect(unknown.statusCode).toBe(400);
    const threshold = await hanne.request('POST', `/api/research/projects/${id}/register-analysis`, {
      ...analysisBody,
      threshold: 2,
    });
    expect(threshold.statusCode).toBe(400);
    expect(threshold.json().errors).toMatchObject([{ path: 'threshold' }]);
  });
});
