import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { daysFromToday } from '../support/cooperation.ts';
import { employerOf } from '../support/fixtures.ts';
import {
  type Caller,
  countRows,
  signIn,
  type TestApp,
  useSeededApp,
  validReferral,
} from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});

interface Setup {
  kari: Caller;
  base: string;
  id: string;
  employerId: string;
}

/** A new referral of Kari's (referred 100 days ago, now in job search) and an employer of the programme. */
async function setup(): Promise<Setup> {
  const kari = await signIn(app, 'kari.jobb');
  const res = await kari.request(
    'POST',
    '/api/participants',
    await validReferral(store, { referralDate: daysFromToday(-100) }),
  );
  expect(res.statusCode, res.body).toBe(201);
  const { id } = res.json() as { id: string };
  const base = `/api/participants/${id}`;
  const moved = await kari.request('POST', `${base}/stages`, {
    stage: 'job_search',
    effectiveDate: daysFromToday(-60),
  });
  expect(moved.statusCode, moved.body).toBe(201);
  const p = await store.db
    .selectFrom('participant')
    .select('programme_id')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return { kari, base, id, employerId: await employerOf(store, p.programme_id) };
}

function job(employerId: string, overrides: Record<string, unknown> = {}) {
  return {
    employerId,
    title: 'Lagermedarbeider',
    occupation: '93',
    employmentType: 'ordinary_competitive',
    wageType: 'hourly',
    hoursPerWeek: 15,
    startDate: daysFromToday(-20),
    ...overrides,
  };
}

async function counts() {
  const n = async (table: 'job' | 'stage_transition' | 'casework_document') =>
    Number(
      (
        await store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    jobs: await n('job'),
    transitions: await n('stage_transition'),
    documents: await n('casework_document'),
    events: await countRows(store, 'audit_event'),
  };
}

/** A bad job: the status, the field named, and nothing written (audit event included). */
async function refusedJob(s: Setup, url: string, body: unknown, status: number, path: string) {
  const before = await counts();
  const res = await s.kari.request('POST', url, body);
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  expect(await counts()).toEqual(before);
}

describe(`jobs on ${dbKind}`, () => {
  it('records a competitive job: in work from its start, and asks for a benefits plan', async () => {
    const s = await setup();
    const res = await s.kari.request('POST', `${s.base}/jobs`, job(s.employerId));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({
      job: {
        id: expect.any(String),
        employer: { id: s.employerId, name: 'Bodø Lager AS', orgNumber: expect.stringMatching(/^\d{9}$/) },
        title: 'Lagermedarbeider',
        occupation: '93',
        employmentType: 'ordinary_competitive',
        wageType: 'hourly',
        hoursPerWeek: 15,
        startDate: daysFromToday(-20),
        endDate: null,
        endReason: null,
        competitive: true,
        wageSubsidised: false,
        status: 'current',
      },
      benefitsPlanMissing: true,
      stage: { current: 'in_work', since: daysFromToday(-20) },
    });
    const casework = (await s.kari.request('GET', `${s.base}/casework`)).json();
    expect(casework.transitions.at(-1)).toMatchObject({
      stage: 'in_work',
      effectiveDate: daysFromToday(-20),
    });
    expect(casework.jobs).toHaveLength(1);
  });

  it('keeps a planned start out of work: planned in the casework, no current job on the caseload', async () => {
    const s = await setup();
    const res = await s.kari.request(
      'POST',
      `${s.base}/jobs`,
      job(s.employerId, { title: 'Kokk', startDate: daysFromToday(14) }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      job: { competitive: true, status: 'planned' },
      stage: { current: 'job_search', since: daysFromToday(-60) },
    });
    const started = await s.kari.request('POST', `${s.base}/jobs`, job(s.employerId));
    expect(started.json().job.status).toBe('current');
    const casework = (await s.kari.request('GET', `${s.base}/casework`)).json();
    expect(casework.jobs.map((j: { title: string; status: string }) => [j.title, j.status])).toEqual([
      ['Kokk', 'planned'],
      ['Lagermedarbeider', 'current'],
    ]);
    const rows = (await s.kari.request('GET', '/api/caseload')).json().rows as {
      id: string;
      currentJob: { title: string } | null;
    }[];
    expect(rows.find((r) => r.id === s.id)?.currentJob).toMatchObject({ title: 'Lagermedarbeider' });
  });

  it('leaves the stage alone for work that is not competitive', async () => {
    const s = await setup();
    const res = await s.kari.request(
      'POST',
      `${s.base}/jobs`,
      job(s.employerId, { employmentType: 'work_practice', wageType: 'unpaid' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      job: { competitive: false, wageSubsidised: false },
      stage: { current: 'job_search', since: daysFromToday(-60) },
    });
  });

  it('asks for a benefits plan until one is dated on or before the start', async () => {
    const s = await setup();
    const first = await s.kari.request(
      'POST',
      `${s.base}/jobs`,
      job(s.employerId, { startDate: daysFromToday(-40) }),
    );
    expect(first.json().benefitsPlanMissing).toBe(true);
    const plan = await s.kari.request('POST', `${s.base}/benefits-plans`, {
      planDate: daysFromToday(-30),
      hoursPerWeek: 15,
      hourlyWage: 200,
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const second = await s.kari.request('POST', `${s.base}/jobs`, job(s.employerId, { title: 'Truckfører' }));
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json().benefitsPlanMissing).toBe(false);
  });

  it('ends a job and adds it to the career profile as a new version', async () => {
    const s = await setup();
    const profile = await s.kari.request('PUT', `${s.base}/career-profile`, {
      basedOnVersion: null,
      content: {
        workHistory: [{ employer: 'Rema 1000', title: 'Butikkmedarbeider', from: '2019', to: '2021' }],
        education: [],
        interests: ['dyr'],
        strengths: ['punktlig'],
        preferences: { occupations: ['52'], places: ['Bodø sentrum'] },
        disclosure: 'partial',
        supports: ['regular_checkins'],
      },
    });
    expect(profile.statusCode, profile.body).toBe(201);
    const added = (await s.kari.request('POST', `${s.base}/jobs`, job(s.employerId))).json();
    const res = await s.kari.request('POST', `${s.base}/jobs/${added.job.id}/end`, {
      endDate: daysFromToday(-2),
      endReason: 'better_job',
      whatWorked: 'Faste oppgaver og en fast kontaktperson.',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      id: added.job.id,
      endDate: daysFromToday(-2),
      endReason: 'better_job',
    });
    const casework = (await s.kari.request('GET', `${s.base}/casework`)).json();
    expect(casework.careerProfile).toMatchObject({
      version: 2,
      source: 'job_experience',
      jobId: added.job.id,
    });
    expect(casework.careerProfile.content.interests).toEqual(['dyr']);
    expect(casework.careerProfile.content.workHistory).toEqual([
      { employer: 'Rema 1000', title: 'Butikkmedarbeider', from: '2019', to: '2021' },
      {
        employer: 'Bodø Lager AS',
        title: 'Lagermedarbeider',
        from: daysFromToday(-20),
        to: daysFromToday(-2),
        whatWorked: 'Faste oppgaver og en fast kontaktperson.',
      },
    ]);
    expect(casework.careerProfileVersions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
  });

  it('refuses a job that ends before it starts (400 endDate)', async () => {
    const s = await setup();
    const body = job(s.employerId, { endDate: daysFromToday(-25), endReason: 'dissatisfied' });
    await refusedJob(s, `${s.base}/jobs`, body, 400, 'endDate');
  });

  it('refuses a job identical to one recorded with overlapping dates (409 naming startDate)', async () => {
    const s = await setup();
    expect((await s.kari.request('POST', `${s.base}/jobs`, job(s.employerId))).statusCode).toBe(201);
    const twin = job(s.employerId, { title: 'lagermedarbeider ', startDate: daysFromToday(-10) });
    await refusedJob(s, `${s.base}/jobs`, twin, 409, 'startDate');
  });

  it('refuses a job starting before the referral (400 startDate)', async () => {
    const s = await setup();
    await refusedJob(
      s,
      `${s.base}/jobs`,
      job(s.employerId, { startDate: daysFromToday(-101) }),
      400,
      'startDate',
    );
  });

  it('refuses hours outside 0–75 (400 hoursPerWeek)', async () => {
    const s = await setup();
    await refusedJob(s, `${s.base}/jobs`, job(s.employerId, { hoursPerWeek: 76 }), 400, 'hoursPerWeek');
    await refusedJob(s, `${s.base}/jobs`, job(s.employerId, { hoursPerWeek: -1 }), 400, 'hoursPerWeek');
  });

  it('refuses unknown codes and another programme’s employer (400 naming the field)', async () => {
    const s = await setup();
    await refusedJob(s, `${s.base}/jobs`, job(s.employerId, { wageType: 'piecework' }), 400, 'wageType');
    await refusedJob(s, `${s.base}/jobs`, job(s.employerId, { occupation: '99' }), 400, 'occupation');
    const tromso = await store.db
      .selectFrom('programme')
      .select('id')
      .where('name', '=', 'IPS Tromsø')
      .executeTakeFirstOrThrow();
    const elsewhere = await employerOf(store, tromso.id, 'Tromsø Fisk AS');
    await refusedJob(s, `${s.base}/jobs`, job(elsewhere), 400, 'employerId');
  });
});
