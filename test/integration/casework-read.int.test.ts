import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { syntheticFnr } from '../../src/domain/fnr.ts';
import { daysFromToday, ingrid } from '../support/cooperation.ts';
import { employerOf } from '../support/fixtures.ts';
import {
  countRows,
  idOfUser,
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

/** A new referral of Kari's, 25 at referral (born 1 January): a participant with no casework yet. */
async function newParticipant() {
  const kari = await signIn(app, 'kari.jobb');
  const referralDate = daysFromToday(-100);
  const fnr = syntheticFnr(new Date(Date.UTC(Number(referralDate.slice(0, 4)) - 25, 0, 1)));
  const res = await kari.request(
    'POST',
    '/api/participants',
    await validReferral(store, { referralDate, fnr }),
  );
  expect(res.statusCode, res.body).toBe(201);
  return store.db
    .selectFrom('participant')
    .selectAll()
    .where('id', '=', res.json().id)
    .executeTakeFirstOrThrow();
}

/** Kari records something of each category; the employer contact comes from job development. */
async function withCasework<P extends { id: string; programme_id: string; referral_date: string }>(p: P) {
  const kari = await signIn(app, 'kari.jobb');
  const base = `/api/participants/${p.id}`;
  const posts = [
    kari.request('POST', `${base}/benefits`, {
      benefit: 'aap',
      monthlyAmount: 21000,
      fromDate: p.referral_date,
    }),
    kari.request('POST', `${base}/contacts`, {
      contactDate: daysFromToday(-2),
      counterpart: 'participant',
      mode: 'face_to_face',
      outcome: 'held',
      note: 'Snakket om ønsket om lagerjobb.',
    }),
    kari.request('POST', `${base}/contacts`, {
      contactDate: daysFromToday(-1),
      counterpart: 'employer',
      mode: 'phone',
      outcome: 'held',
    }),
  ];
  for (const res of await Promise.all(posts)) expect(res.statusCode, res.body).toBe(201);
  const employerId = await employerOf(store, p.programme_id, 'Coop Nordland');
  await store.db
    .insertInto('employer_contact')
    .values({
      programme_id: p.programme_id,
      employer_id: employerId,
      job_specialist_id: await idOfUser(store, 'kari.jobb'),
      participant_id: p.id,
      contact_date: daysFromToday(-1),
      face_to_face: true,
      outcome: 'interview',
    })
    .execute();
  return p;
}

describe(`reading a participant's casework on ${dbKind}`, () => {
  it('gives the assigned job specialist every section, the referral as the first stage', async () => {
    const p = await withCasework(await newParticipant());
    const kari = await signIn(app, 'kari.jobb');
    const res = await kari.request('GET', `/api/participants/${p.id}/casework`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.stage).toEqual({
      current: 'referred',
      since: p.referral_date,
      track: 'standard',
      employedAtReferral: null,
      ageAtReferral: 25,
      priority: true,
    });
    expect(body.careerProfile).toBeNull();
    expect(body.benefits).toEqual([
      expect.objectContaining({ benefit: 'aap', monthlyAmount: 21000, toDate: null }),
    ]);
    expect(body.contacts.map((c: { category: string }) => c.category)).toEqual([
      'employer_contact',
      'job_plan',
    ]);
    expect(body.employerContacts).toEqual([
      expect.objectContaining({
        employer: { id: expect.any(String), name: 'Coop Nordland' },
        faceToFace: true,
        outcome: 'interview',
        jobSpecialist: { id: await idOfUser(store, 'kari.jobb'), displayName: expect.any(String) },
      }),
    ]);
    expect(body.withheld).toEqual([]);
  });

  it('shows a NAV adviser the consented categories and names employer contact as withheld, in one event', async () => {
    const p = await withCasework(await ingrid(store));
    const anne = await signIn(app, 'anne.nav');
    const before = await countRows(store, 'audit_event');
    const res = await anne.request('GET', `/api/participants/${p.id}/casework`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.stage).toMatchObject({ current: p.stage });
    expect(body.transitions.length).toBeGreaterThan(0);
    expect(body.benefits).toContainEqual(expect.objectContaining({ benefit: 'aap', monthlyAmount: 21000 }));
    expect(body.employerContacts).toEqual([]);
    const categories = new Set(body.contacts.map((c: { category: string }) => c.category));
    expect(categories.has('job_plan')).toBe(true);
    expect(categories.has('employer_contact')).toBe(false);
    const withheld = body.withheld.map((w: { category: string }) => w.category);
    expect(withheld).toContain('employer_contact');
    expect(withheld).not.toContain('job_plan');
    expect(withheld).not.toContain('benefit_status');
    const events = await store.db
      .selectFrom('audit_event')
      .select(['action', 'decision', 'details'])
      .where('participant_id', '=', p.id)
      .orderBy('id', 'desc')
      .limit(1)
      .execute();
    expect(await countRows(store, 'audit_event')).toBe(before + 1);
    expect(events[0]).toMatchObject({ action: 'read', decision: 'allow', details: { view: 'casework' } });
    expect((events[0]?.details as { withheld: { category: string }[] }).withheld).toContainEqual(
      expect.objectContaining({ category: 'employer_contact' }),
    );
  });

  it('starts every participant’s stage history with the referral, recorded by the database', async () => {
    const p = await newParticipant();
    const kari = await signIn(app, 'kari.jobb');
    const body = (await kari.request('GET', `/api/participants/${p.id}/casework`)).json();
    expect(body.transitions).toEqual([
      expect.objectContaining({ stage: 'referred', effectiveDate: p.referral_date, recordedBy: null }),
    ]);
  });

  it('refuses another programme’s job specialist, and audits the refusal', async () => {
    const p = await ingrid(store);
    const ola = await signIn(app, 'ola.tromso');
    const before = await countRows(store, 'audit_event');
    const res = await ola.request('GET', `/api/participants/${p.id}/casework`);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found' });
    expect(await countRows(store, 'audit_event')).toBe(before + 1);
  });
});

describe(`who may record casework on ${dbKind}`, () => {
  async function rowCounts() {
    const [transitions, jobs] = await Promise.all([
      store.db
        .selectFrom('stage_transition')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
      store.db
        .selectFrom('job')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { transitions: Number(transitions.n), jobs: Number(jobs.n) };
  }

  it('refuses the NAV adviser (role_not_permitted) though she may read the job plan', async () => {
    const p = await ingrid(store);
    const anne = await signIn(app, 'anne.nav');
    const before = await rowCounts();
    const res = await anne.request('POST', `/api/participants/${p.id}/stages`, {
      stage: 'first_meeting',
      effectiveDate: daysFromToday(0),
    });
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json()).toMatchObject({ reason: 'role_not_permitted' });
    expect(await rowCounts()).toEqual(before);
    const [event] = await store.db
      .selectFrom('audit_event')
      .select(['decision', 'reason', 'details'])
      .where('participant_id', '=', p.id)
      .orderBy('id', 'desc')
      .limit(1)
      .execute();
    expect(event).toMatchObject({
      decision: 'deny',
      reason: 'role_not_permitted',
      details: { view: 'stage' },
    });
  });

  it('refuses another job specialist of the programme (not_assigned)', async () => {
    const p = await ingrid(store);
    const employerId = await employerOf(store, p.programme_id, 'Coop Nordland');
    const jonas = await signIn(app, 'jonas.jobb');
    const before = await rowCounts();
    const res = await jonas.request('POST', `/api/participants/${p.id}/jobs`, {
      employerId,
      title: 'Lagermedarbeider',
      employmentType: 'ordinary_competitive',
      wageType: 'hourly',
      hoursPerWeek: 20,
      startDate: daysFromToday(-1),
    });
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json()).toMatchObject({ reason: 'not_assigned' });
    expect(await rowCounts()).toEqual(before);
  });
});
