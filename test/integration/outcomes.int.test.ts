import { describe, expect, it } from 'vitest';
import { loadProgrammeRecords } from '../../src/db/repositories/outcomes/load-histories.ts';
import { refreshOutcomes } from '../../src/db/scheduled/refresh-outcomes.ts';
import type { Store } from '../../src/db/store.ts';
import { countProgramme, outcomeSettingsOf } from '../../src/domain/outcomes/programme-counts.ts';
import { quarterOf } from '../../src/domain/outcomes/quarters.ts';
import { osloToday } from '../../src/domain/participant.ts';
import { signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});

const NOW = new Date();
const TODAY = osloToday(NOW);
const YEAR = Number(TODAY.slice(0, 4));
const QUARTER = quarterOf(TODAY);

async function salten() {
  return store.db
    .selectFrom('programme')
    .selectAll()
    .where('name', '=', 'IPS Salten')
    .executeTakeFirstOrThrow();
}

/** The demo's resource-centre adviser of region Nord. */
function resourceCentreUser() {
  return signIn(app, 'rita.ressurs');
}

function cells(value: unknown): { value: number | null; suppressed: boolean }[] {
  if (value && typeof value === 'object') {
    if ('suppressed' in value) return [value as { value: number | null; suppressed: boolean }];
    return Object.values(value).flatMap(cells);
  }
  return [];
}

describe(`outcomes on ${dbKind}`, () => {
  it('keeps summary rows that equal the counts computed from the raw records, and clears the marks', async () => {
    const programme = await salten();
    await refreshOutcomes(store, { now: NOW });
    const records = await loadProgrammeRecords(store.db, programme.id);
    expect(records.histories.length).toBeGreaterThan(0);
    const raw = countProgramme(records, outcomeSettingsOf(programme.casework_settings), osloToday(NOW));
    const stored = await store.db
      .selectFrom('outcome_programme_counts')
      .select(['period', 'cut', 'counts'])
      .where('programme_id', '=', programme.id)
      .execute();
    expect(stored).toHaveLength(raw.programme.length);
    const byKey = new Map(stored.map((r) => [`${r.period}/${r.cut}`, r.counts]));
    for (const r of raw.programme)
      expect(byKey.get(`${r.period}/${r.cut}`), `${r.period}/${r.cut}`).toEqual(r.counts);
    expect(await store.db.selectFrom('outcome_dirty').selectAll().execute()).toEqual([]);
  });

  it('marks the programme dirty when casework changes, in the same transaction', async () => {
    const programme = await salten();
    await refreshOutcomes(store, { now: NOW });
    const participant = await store.db
      .selectFrom('participant')
      .select('id')
      .where('programme_id', '=', programme.id)
      .executeTakeFirstOrThrow();
    await store.db
      .insertInto('stage_transition')
      .values({ participant_id: participant.id, stage: 'paused', effective_date: osloToday(NOW) })
      .execute();
    const dirty = await store.db.selectFrom('outcome_dirty').select('programme_id').execute();
    expect(dirty.map((d) => d.programme_id)).toEqual([programme.id]);
    expect(await refreshOutcomes(store, { now: NOW })).toEqual([programme.id]);
  });

  it('shows a resource centre every programme of its region with small cells suppressed, and no participant', async () => {
    await refreshOutcomes(store, { now: NOW });
    const centre = await resourceCentreUser();
    const res = await centre.request('GET', `/api/outcomes/regions/nord?from=${YEAR - 1}&to=${YEAR}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const names = body.table[0].programmes.map((p: { name: string }) => p.name);
    expect(names).toEqual(['IPS Salten', 'IPS Tromsø']);
    const all = cells(body.table);
    expect(all.length).toBeGreaterThan(0);
    for (const c of all)
      if (!c.suppressed && c.value !== null && Number.isInteger(c.value))
        expect(c.value === 0 || c.value >= 5).toBe(true);
    // A cut that isolates a few people is suppressed, not refused.
    const cut = await centre.request(
      'GET',
      `/api/outcomes/regions/nord?from=${YEAR}&cut=referral_source:self`,
    );
    expect(cut.statusCode, cut.body).toBe(200);
    const programme = await salten();
    expect((await centre.request('GET', `/api/outcomes/programmes/${programme.id}`)).statusCode).toBe(403);
    const participant = await store.db.selectFrom('participant').select('id').executeTakeFirstOrThrow();
    expect([403, 404]).toContain(
      (await centre.request('GET', `/api/participants/${participant.id}`)).statusCode,
    );
    expect((await centre.request('GET', '/api/outcomes/regions/vest')).statusCode).toBe(403);
    expect((await centre.request('GET', '/api/outcomes/national')).statusCode).toBe(403);
    const directorate = await signIn(app, 'nils.direktorat');
    const national = await directorate.request('GET', `/api/outcomes/national?from=${YEAR}`);
    expect(national.statusCode, national.body).toBe(200);
    expect(national.json().table[0].regions.map((r: { id: string }) => r.id)).toHaveLength(4);
    expect((await directorate.request('GET', `/api/participants/${participant.id}`)).statusCode).not.toBe(
      200,
    );
  });

  it('shows the demo programme a year of believable figures', async () => {
    await refreshOutcomes(store, { now: NOW });
    const lena = await signIn(app, 'lena.leder');
    const res = await lena.request('GET', `/api/outcomes/programmes/${(await salten()).id}`);
    expect(res.statusCode, res.body).toBe(200);
    const quarters = res.json().figures as {
      figures: {
        activeCaseload: number;
        jobStarts: number;
        employmentRate: { usLearningCommunity: { value: number } };
      };
      funnel: { referrals: number; firstMeeting: number; employerContact: number };
    }[];
    expect(quarters).toHaveLength(4);
    const starts = quarters.reduce((n, q) => n + q.figures.jobStarts, 0);
    expect(starts).toBeGreaterThanOrEqual(4);
    const met = quarters.reduce((n, q) => n + q.funnel.firstMeeting, 0);
    expect(met).toBeGreaterThan(0);
    for (const q of quarters) expect(q.funnel.firstMeeting).toBeLessThanOrEqual(q.funnel.referrals);
    for (const q of quarters) {
      expect(q.figures.activeCaseload).toBeGreaterThanOrEqual(5);
      expect(q.figures.employmentRate.usLearningCommunity.value).toBeGreaterThan(0.1);
      expect(q.figures.employmentRate.usLearningCommunity.value).toBeLessThan(0.9);
    }
  });

  it('gives the programme lead her programme’s figures per specialist, and refuses bad input with a 4xx naming it', async () => {
    const marit = await signIn(app, 'marit.leder');
    const programme = await salten();
    const ok = await marit.request('GET', `/api/outcomes/programmes/${programme.id}?from=${QUARTER}`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().figures).toHaveLength(1);
    const bad = async (path: string, status: number, field?: string) => {
      const res = await marit.request('GET', path);
      expect(res.statusCode, `${path}: ${res.body}`).toBe(status);
      if (field) expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(field);
      return res.json();
    };
    const base = `/api/outcomes/programmes/${programme.id}`;
    await bad(`${base}?from=${YEAR - 1}Q4&to=${YEAR - 1}Q1`, 400, 'period');
    await bad(`${base}?from=${YEAR + 1}Q1`, 400, 'period');
    await bad(`${base}?from=${YEAR - 1}&to=${QUARTER}`, 400, 'period');
    await bad(`${base}?cut=diagnosis:x`, 400, 'cut');
    await bad(`${base}?threshold=2`, 400, 'threshold');
    const unknown = await bad('/api/outcomes/programmes/00000000-0000-4000-8000-000000000000', 404);
    expect(unknown.detail).toContain('00000000-0000-4000-8000-000000000000');
    const centre = await resourceCentreUser();
    // The programme lead sees no region.
    await bad('/api/outcomes/regions/nord', 403);
    expect((await centre.request('GET', '/api/outcomes/regions/atlantis')).json().detail).toContain(
      'atlantis',
    );
  });
});
