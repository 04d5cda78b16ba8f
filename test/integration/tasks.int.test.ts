import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { syntheticFnr } from '../../src/domain/fnr.ts';
import { daysFromToday, organisationId } from '../support/cooperation.ts';
import { useCallers } from '../support/fixtures.ts';
import { countRows, idOfUser, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});

const callerOf = useCallers(() => app);

interface TaskJson {
  kind: string;
  participant: { id: string; name: string };
  dueDate: string | null;
  detail: Record<string, unknown>;
}

let fnrSeed = 0;

/** A new participant of Kari's, referred `referredDaysAgo` days ago, at `stage` since then. */
async function kariParticipant(referredDaysAgo: number, stage = 'referred') {
  const kariId = await idOfUser(store, 'kari.jobb');
  const { programme_id } = await store.db
    .selectFrom('app_user')
    .select('programme_id')
    .where('id', '=', kariId)
    .executeTakeFirstOrThrow();
  const id = randomUUID();
  fnrSeed += 1;
  await store.db
    .insertInto('participant')
    .values({
      id,
      programme_id: programme_id as string,
      fnr: syntheticFnr(new Date(Date.UTC(1980, 0, fnrSeed))),
      given_name: 'Oppgave',
      family_name: `Testesen ${fnrSeed}`,
      referral_date: daysFromToday(-referredDaysAgo),
      referral_source: 'self',
      referring_organisation_id: await organisationId(store, 'NAV Bodø'),
      job_specialist_id: kariId,
    })
    .execute();
  if (stage !== 'referred') await moveTo(id, stage, daysFromToday(-referredDaysAgo));
  return { id, programmeId: programme_id as string, kariId };
}

async function moveTo(participantId: string, stage: string, date: string) {
  await store.db
    .insertInto('stage_transition')
    .values({
      participant_id: participantId,
      stage,
      effective_date: date,
      discharge_reason: stage === 'discharged' ? 'other' : null,
    })
    .execute();
  await store.db
    .updateTable('participant')
    .set({ stage, stage_since: date })
    .where('id', '=', participantId)
    .execute();
}

/** The programme's one test employer, made on first use. */
async function employer(programmeId: string) {
  const existing = await store.db
    .selectFrom('employer')
    .select('id')
    .where('programme_id', '=', programmeId)
    .where('org_number', '=', '999000117')
    .executeTakeFirst();
  if (existing) return existing.id;
  const row = await store.db
    .insertInto('employer')
    .values({ programme_id: programmeId, org_number: '999000117', name: 'Bodø havn KF' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function job(p: { id: string; programmeId: string }, startDaysAgo: number, overrides = {}) {
  const row = await store.db
    .insertInto('job')
    .values({
      participant_id: p.id,
      employer_id: await employer(p.programmeId),
      title: 'Lagermedarbeider',
      employment_type: 'ordinary_competitive',
      wage_type: 'hourly',
      hours_per_week: 20,
      start_date: daysFromToday(-startDaysAgo),
      ...overrides,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function contact(participantId: string, daysAgo: number, overrides = {}) {
  await store.db
    .insertInto('participant_contact')
    .values({
      participant_id: participantId,
      contact_date: daysFromToday(-daysAgo),
      counterpart: 'participant',
      mode: 'face_to_face',
      outcome: 'held',
      category: 'job_plan',
      ...overrides,
    })
    .execute();
}

async function employerContact(
  p: { id: string; programmeId: string; kariId: string },
  daysAgo: number,
  overrides = {},
) {
  await store.db
    .insertInto('employer_contact')
    .values({
      programme_id: p.programmeId,
      employer_id: await employer(p.programmeId),
      job_specialist_id: p.kariId,
      participant_id: p.id,
      contact_date: daysFromToday(-daysAgo),
      face_to_face: true,
      outcome: 'meeting_booked',
      ...overrides,
    })
    .execute();
}

async function tasksOf(participantId: string, username = 'kari.jobb'): Promise<TaskJson[]> {
  const res = await (await callerOf(username)).request('GET', '/api/tasks');
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().tasks as TaskJson[]).filter((t) => t.participant.id === participantId);
}

const kinds = (tasks: TaskJson[]) => tasks.map((t) => t.kind);

describe(`tasks on ${dbKind}`, () => {
  it('follow-along is overdue the day after the first contact was due, not on the day', async () => {
    const p = await kariParticipant(60, 'in_work');
    const jobId = await job(p, 7);
    expect(kinds(await tasksOf(p.id))).not.toContain('follow_along_overdue');
    await store.db
      .updateTable('job')
      .set({ start_date: daysFromToday(-8) })
      .where('id', '=', jobId)
      .execute();
    const [task] = (await tasksOf(p.id)).filter((t) => t.kind === 'follow_along_overdue');
    expect(task).toMatchObject({
      participant: { id: p.id, name: expect.stringContaining('Oppgave') },
      dueDate: daysFromToday(-1),
      detail: { jobId, jobTitle: 'Lagermedarbeider', jobStartDate: daysFromToday(-8), lastContactDate: null },
    });
  });

  it('follow-along is weekly within followAlongWeeklyUntilDays of the start, then monthly', async () => {
    const early = await kariParticipant(90, 'in_work');
    await job(early, 20);
    await contact(early.id, 7, { counterpart: 'nav', outcome: 'outreach_attempt' });
    expect(kinds(await tasksOf(early.id))).not.toContain('follow_along_overdue');
    const weekly = await kariParticipant(90, 'in_work');
    await job(weekly, 20);
    await contact(weekly.id, 8);
    const [overdue] = (await tasksOf(weekly.id)).filter((t) => t.kind === 'follow_along_overdue');
    expect(overdue).toMatchObject({
      dueDate: daysFromToday(-1),
      detail: { lastContactDate: daysFromToday(-8) },
    });

    // 70 days into the job, a contact a month ago (an employer contact about them) is enough.
    const monthly = await kariParticipant(200, 'in_work');
    await job(monthly, 100);
    await employerContact(monthly, 30);
    expect(kinds(await tasksOf(monthly.id))).not.toContain('follow_along_overdue');
    const lapsed = await kariParticipant(200, 'in_work');
    await job(lapsed, 100);
    await employerContact(lapsed, 31);
    expect(kinds(await tasksOf(lapsed.id))).toContain('follow_along_overdue');
  });

  it('follow-along counts only current competitive jobs', async () => {
    const p = await kariParticipant(200, 'in_work');
    await job(p, 60, { employment_type: 'work_practice' });
    await job(p, 60, { wage_type: 'unpaid' });
    await job(p, 60, { hours_per_week: 3.5 });
    await job(p, 60, { end_date: daysFromToday(-1), end_reason: 'other' });
    expect(kinds(await tasksOf(p.id))).not.toContain('follow_along_overdue');
    await job(p, 60, { employment_type: 'competitive_wage_subsidy', hours_per_week: 4 });
    expect(kinds(await tasksOf(p.id))).toContain('follow_along_overdue');
  });

  it('follow-along starts with the job: a planned start beside a lapsed one is not followed', async () => {
    const p = await kariParticipant(200, 'in_work');
    await job(p, -14, { title: 'Kokk' });
    expect(kinds(await tasksOf(p.id))).not.toContain('follow_along_overdue');
    const started = await job(p, 60);
    const overdue = (await tasksOf(p.id)).filter((t) => t.kind === 'follow_along_overdue');
    expect(overdue.map((t) => t.detail.jobId)).toEqual([started]);
  });

  it('a consent shows when its current version ends within consentExpiryWarningDays', async () => {
    const p = await kariParticipant(100, 'first_meeting');
    const consentId = randomUUID();
    const version = async (n: number, validTo: string, status: 'active' | 'withdrawn' = 'active') =>
      store.db
        .insertInto('consent')
        .values({
          id: consentId,
          version: n,
          participant_id: p.id,
          status,
          change: n === 1 ? 'given' : status === 'withdrawn' ? 'withdrawn' : 'renewed',
          categories: JSON.stringify(['job_plan']),
          recipients: JSON.stringify([
            { organisationId: await organisationId(store, 'NAV Bodø'), role: null },
          ]),
          purpose: 'ips_follow_up',
          given_how: 'written',
          given_at: daysFromToday(-100),
          valid_from: daysFromToday(-100),
          valid_to: validTo,
        })
        .execute();
    await version(1, daysFromToday(31));
    expect(kinds(await tasksOf(p.id))).not.toContain('consent_expiring');
    await version(2, daysFromToday(30));
    const [task] = (await tasksOf(p.id)).filter((t) => t.kind === 'consent_expiring');
    expect(task).toMatchObject({
      dueDate: daysFromToday(30),
      detail: { consentId, validTo: daysFromToday(30) },
    });
    await version(3, daysFromToday(30), 'withdrawn');
    expect(kinds(await tasksOf(p.id))).not.toContain('consent_expiring');
  });

  it('a benefits plan is missing in job search and in work, until one is made', async () => {
    const p = await kariParticipant(40, 'career_profile');
    expect(kinds(await tasksOf(p.id))).not.toContain('benefits_plan_missing');
    await moveTo(p.id, 'job_search', daysFromToday(-1));
    const [task] = (await tasksOf(p.id)).filter((t) => t.kind === 'benefits_plan_missing');
    expect(task).toMatchObject({ dueDate: null, detail: { stage: 'job_search' } });
    await store.db
      .insertInto('benefits_plan')
      .values({
        participant_id: p.id,
        plan_date: daysFromToday(0),
        hours_per_week: 20,
        hourly_wage: 200,
        inputs: JSON.stringify({}),
        effect: JSON.stringify({}),
        model_version: 'test',
      })
      .execute();
    expect(kinds(await tasksOf(p.id))).not.toContain('benefits_plan_missing');
  });

  it('rapid search starts rapidSearchDays after referral and ends with an employer contact', async () => {
    const before = await kariParticipant(29);
    expect(kinds(await tasksOf(before.id))).not.toContain('rapid_search');
    const due = await kariParticipant(30, 'career_profile');
    const [task] = (await tasksOf(due.id)).filter((t) => t.kind === 'rapid_search');
    expect(task).toMatchObject({
      dueDate: daysFromToday(0),
      detail: { referralDate: daysFromToday(-30), daysSinceReferral: 30 },
    });
    await employerContact(due, 1);
    expect(kinds(await tasksOf(due.id))).not.toContain('rapid_search');
    const working = await kariParticipant(60, 'in_work');
    expect(kinds(await tasksOf(working.id))).not.toContain('rapid_search');
  });

  it('the newest next step is due on its date, not before', async () => {
    const p = await kariParticipant(10, 'first_meeting');
    await contact(p.id, 5, { next_step: 'Ring Coop', next_step_date: daysFromToday(-1) });
    await contact(p.id, 2, { next_step: 'Besøk Bodø havn', next_step_date: daysFromToday(1) });
    expect(kinds(await tasksOf(p.id))).not.toContain('next_step_due');
    await employerContact(p, 1, { next_step: 'Send CV', next_step_date: daysFromToday(0) });
    const [task] = (await tasksOf(p.id)).filter((t) => t.kind === 'next_step_due');
    expect(task).toMatchObject({ dueDate: daysFromToday(0), detail: { text: 'Send CV' } });
  });

  it('sorts by due date (undated last), covers only active participants, and audits each one', async () => {
    const discharged = await kariParticipant(60);
    await moveTo(discharged.id, 'discharged', daysFromToday(-1));
    await kariParticipant(60, 'job_search');
    const kari = await callerOf('kari.jobb');
    const before = await countRows(store, 'audit_event');
    const res = await kari.request('GET', '/api/tasks');
    expect(res.statusCode).toBe(200);
    const tasks = res.json().tasks as TaskJson[];
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.some((t) => t.participant.id === discharged.id)).toBe(false);
    const dated = tasks.filter((t) => t.dueDate !== null).map((t) => t.dueDate as string);
    expect(dated).toEqual([...dated].sort());
    const firstUndated = tasks.findIndex((t) => t.dueDate === null);
    expect(firstUndated).toBeGreaterThan(0);
    expect(tasks.slice(firstUndated).every((t) => t.dueDate === null)).toBe(true);
    const events = await store.db
      .selectFrom('audit_event')
      .select(['action', 'subject_type', 'participant_id', 'reason'])
      .where('id', '>', before)
      .execute();
    const listed = events.filter((e) => e.subject_type === 'participant');
    expect(new Set(listed.map((e) => e.participant_id))).toEqual(new Set(tasks.map((t) => t.participant.id)));
    expect(listed).toHaveLength(new Set(tasks.map((t) => t.participant.id)).size);
    expect(events.filter((e) => e.subject_type === 'specialist_work')).toEqual([
      { action: 'list', subject_type: 'specialist_work', participant_id: null, reason: 'own_work' },
    ]);
  });

  it('the supervisor reads a job specialist’s tasks; another job specialist is refused', async () => {
    const p = await kariParticipant(45);
    const kariId = await idOfUser(store, 'kari.jobb');
    const marit = await callerOf('marit.leder');
    const res = await marit.request('GET', `/api/tasks?specialistId=${kariId}`);
    expect(res.statusCode).toBe(200);
    expect(kinds((res.json().tasks as TaskJson[]).filter((t) => t.participant.id === p.id))).toEqual([
      'rapid_search',
    ]);
    const jonas = await callerOf('jonas.jobb');
    const refused = await jonas.request('GET', `/api/tasks?specialistId=${kariId}`);
    expect(refused.statusCode).toBe(403);
  });
});
