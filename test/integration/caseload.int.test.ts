import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { syntheticFnr } from '../../src/domain/fnr.ts';
import { daysFromToday, organisationId } from '../support/cooperation.ts';
import { employerOf, useCallers } from '../support/fixtures.ts';
import { countRows, idOfUser, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});

const callerOf = useCallers(() => app);

interface RowJson {
  id: string;
  name: string;
  stage: string;
  priority: boolean;
  daysSinceReferral: number;
  lastContactDate: string | null;
  daysSinceLastContact: number | null;
  firstEmployerContactDate: string | null;
  rapidSearchWarning: boolean;
  currentJob: { title: string; employmentType: string; startDate: string } | null;
  nextStep: { text: string; date: string | null } | null;
  discharged: boolean;
}

let born = 0;

/** A new participant of `username`'s, referred `referredDaysAgo` days ago, born in `birthYear`. */
async function participantOf(username: string, referredDaysAgo: number, birthYear = 1980) {
  const specialistId = await idOfUser(store, username);
  const { programme_id } = await store.db
    .selectFrom('app_user')
    .select('programme_id')
    .where('id', '=', specialistId)
    .executeTakeFirstOrThrow();
  const id = randomUUID();
  born += 1;
  await store.db
    .insertInto('participant')
    .values({
      id,
      programme_id: programme_id as string,
      fnr: syntheticFnr(new Date(Date.UTC(birthYear, 5, born))),
      given_name: 'Side',
      family_name: `Testesen ${born}`,
      referral_date: daysFromToday(-referredDaysAgo),
      referral_source: 'self',
      referring_organisation_id: await organisationId(store, 'NAV Bodø'),
      job_specialist_id: specialistId,
    })
    .execute();
  return { id, programmeId: programme_id as string, specialistId };
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

async function pageOf(username: string, specialistId?: string) {
  return (await callerOf(username)).request(
    'GET',
    `/api/caseload${specialistId ? `?specialistId=${specialistId}` : ''}`,
  );
}

/** The participants assigned to `username`: active ones, or those the caseload page shows. */
async function assignedTo(username: string, which: 'active' | 'page' = 'active'): Promise<string[]> {
  const rows = await store.db
    .selectFrom('participant as p')
    .innerJoin('app_user as u', 'u.id', 'p.job_specialist_id')
    .select('p.id')
    .where('u.username', '=', username)
    .where((eb) =>
      which === 'active'
        ? eb('p.stage', '<>', 'discharged')
        : eb.or([eb('p.stage', '<>', 'discharged'), eb('p.stage_since', '>=', daysFromToday(-90))]),
    )
    .execute();
  return rows.map((r) => r.id).sort();
}

const idsOf = (rows: RowJson[]) => rows.map((r) => r.id).sort();

/** Records jobs of one participant with one employer: competitive, 30 hours, starting `startDay` from today. */
function jobRecorder(participantId: string, employerId: string) {
  return (title: string, startDay: number, fields: Record<string, unknown> = {}) =>
    store.db
      .insertInto('job')
      .values({
        participant_id: participantId,
        employer_id: employerId,
        title,
        employment_type: 'ordinary_competitive',
        wage_type: 'monthly',
        hours_per_week: 30,
        start_date: daysFromToday(startDay),
        ...fields,
      })
      .execute();
}

/** Participants of the demo programme (not erased) matching the given facts. */
async function countWhere(where: { job_specialist_id?: string | null; stage?: string; active?: boolean }) {
  const { programme_id } = await store.db
    .selectFrom('app_user')
    .select('programme_id')
    .where('username', '=', 'kari.jobb')
    .executeTakeFirstOrThrow();
  let query = store.db
    .selectFrom('participant')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('programme_id', '=', programme_id as string)
    .where('erased_at', 'is', null);
  if (where.job_specialist_id !== undefined)
    query =
      where.job_specialist_id === null
        ? query.where('job_specialist_id', 'is', null)
        : query.where('job_specialist_id', '=', where.job_specialist_id);
  if (where.stage) query = query.where('stage', '=', where.stage);
  if (where.active) query = query.where('stage', '<>', 'discharged');
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/** The FTE of the user's current employment row, or null. */
async function currentFte(userId: string): Promise<number | null> {
  const today = daysFromToday(0);
  const row = await store.db
    .selectFrom('specialist_employment')
    .select('fte')
    .where('user_id', '=', userId)
    .where('start_date', '<=', today)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', today)]))
    .orderBy('start_date', 'desc')
    .executeTakeFirst();
  return row ? Number(row.fte) : null;
}

describe(`caseload page on ${dbKind}`, () => {
  it('shows kari.jobb her own participants only, each audited as listed', async () => {
    await callerOf('kari.jobb');
    const before = await countRows(store, 'audit_event');
    const res = await pageOf('kari.jobb');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const kariId = await idOfUser(store, 'kari.jobb');
    expect(body.specialist).toEqual({ id: kariId, displayName: 'Kari Nilsen' });
    expect(body.settings).toEqual({ rapidSearchDays: 30, caseloadMax: 20 });
    const mine = await assignedTo('kari.jobb', 'page');
    expect(mine.length).toBeGreaterThan(5);
    expect(idsOf(body.rows)).toEqual(mine);
    const events = await store.db
      .selectFrom('audit_event')
      .select(['action', 'subject_type', 'participant_id', 'decision', 'reason'])
      .where('id', '>', before)
      .execute();
    const listed = events.filter((e) => e.subject_type === 'participant');
    expect(listed.map((e) => e.participant_id).sort()).toEqual(mine);
    expect(new Set(listed.map((e) => `${e.action}:${e.reason}`))).toEqual(
      new Set(['list:assigned_job_specialist']),
    );
    expect(events.filter((e) => e.subject_type === 'specialist_work')).toHaveLength(1);
  });

  it('refuses jonas.jobb kari’s caseload (403, audited) and shows it to marit.leder', async () => {
    const kariId = await idOfUser(store, 'kari.jobb');
    await callerOf('jonas.jobb');
    const before = await countRows(store, 'audit_event');
    const refused = await pageOf('jonas.jobb', kariId);
    expect(refused.statusCode).toBe(403);
    const denial = await store.db
      .selectFrom('audit_event')
      .select(['subject_type', 'subject_id', 'decision', 'reason', 'participant_id'])
      .where('id', '>', before)
      .execute();
    expect(denial).toEqual([
      {
        subject_type: 'specialist_work',
        subject_id: kariId,
        decision: 'deny',
        reason: 'not_own_record',
        participant_id: null,
      },
    ]);
    const supervised = await pageOf('marit.leder', kariId);
    expect(supervised.statusCode).toBe(200);
    expect(idsOf(supervised.json().rows)).toEqual(await assignedTo('kari.jobb', 'page'));
    const jonasId = await idOfUser(store, 'jonas.jobb');
    const other = await pageOf('marit.leder', jonasId);
    expect(idsOf(other.json().rows)).toEqual(await assignedTo('jonas.jobb', 'page'));
    const tromso = await pageOf('ola.tromso', kariId);
    expect(tromso.statusCode).toBe(403);
    const unknown = await pageOf('marit.leder', randomUUID());
    expect(unknown.statusCode).toBe(403);
  });

  it('warns of rapid search at exactly the programme’s rapidSearchDays, not a day before', async () => {
    const p = await participantOf('kari.jobb', 14);
    const dayBefore = await participantOf('kari.jobb', 13);
    const rows = async () => (await pageOf('kari.jobb')).json().rows as RowJson[];
    const warned = (rs: RowJson[], id: string) => rs.find((r) => r.id === id)?.rapidSearchWarning;
    expect(warned(await rows(), p.id)).toBe(false);
    await store.db
      .updateTable('programme')
      .set({ casework_settings: JSON.stringify({ rapidSearchDays: 14 }) })
      .where('id', '=', p.programmeId)
      .execute();
    const page = (await pageOf('kari.jobb')).json();
    expect(page.settings.rapidSearchDays).toBe(14);
    expect(warned(page.rows, p.id)).toBe(true);
    expect(warned(page.rows, dayBefore.id)).toBe(false);
    const row = page.rows.find((r: RowJson) => r.id === p.id);
    expect(row).toMatchObject({ daysSinceReferral: 14, firstEmployerContactDate: null });
  });

  it('shows last contact, first employer contact, current job, next step, priority and discharge', async () => {
    const p = await participantOf('kari.jobb', 120, new Date().getUTCFullYear() - 25);
    await moveTo(p.id, 'in_work', daysFromToday(-20));
    const employerId = await employerOf(store, p.programmeId);
    const contact = (daysAgo: number, fields: Record<string, unknown> = {}) =>
      store.db
        .insertInto('participant_contact')
        .values({
          participant_id: p.id,
          contact_date: daysFromToday(-daysAgo),
          counterpart: 'participant',
          mode: 'phone',
          outcome: 'held',
          category: 'job_plan',
          ...fields,
        })
        .execute();
    await contact(9, { next_step: 'Avtale tilrettelegging', next_step_date: daysFromToday(3) });
    await contact(2, { outcome: 'no_show' });
    await contact(1, { counterpart: 'nav' });
    const employerContact = (daysAgo: number) =>
      store.db
        .insertInto('employer_contact')
        .values({
          programme_id: p.programmeId,
          employer_id: employerId,
          job_specialist_id: p.specialistId,
          participant_id: p.id,
          contact_date: daysFromToday(-daysAgo),
          face_to_face: true,
          outcome: 'interview',
        })
        .execute();
    await employerContact(40);
    await employerContact(60);
    const job = jobRecorder(p.id, employerId);
    await job('Butikkmedarbeider', -20);
    await job('Arbeidstrening', -5, { employment_type: 'work_practice' });
    const gone = await participantOf('kari.jobb', 400);
    await moveTo(gone.id, 'discharged', daysFromToday(-91));
    const recent = await participantOf('kari.jobb', 400);
    await moveTo(recent.id, 'discharged', daysFromToday(-90));

    const rows = (await pageOf('kari.jobb')).json().rows as RowJson[];
    expect(rows.find((r) => r.id === p.id)).toMatchObject({
      stage: 'in_work',
      priority: true,
      lastContactDate: daysFromToday(-9),
      daysSinceLastContact: 9,
      firstEmployerContactDate: daysFromToday(-60),
      rapidSearchWarning: false,
      currentJob: {
        title: 'Butikkmedarbeider',
        employmentType: 'ordinary_competitive',
        startDate: daysFromToday(-20),
      },
      nextStep: { text: 'Avtale tilrettelegging', date: daysFromToday(3) },
      discharged: false,
    });
    expect(rows.some((r) => r.id === gone.id)).toBe(false);
    expect(rows.find((r) => r.id === recent.id)).toMatchObject({ stage: 'discharged', discharged: true });
    // Discharged rows come after every active one.
    const firstDischarged = rows.findIndex((r) => r.discharged);
    expect(rows.slice(firstDischarged).every((r) => r.discharged)).toBe(true);
  });

  it('shows as current job only one that has started and not ended, never a planned start', async () => {
    const p = await participantOf('kari.jobb', 120);
    await moveTo(p.id, 'job_search', daysFromToday(-60));
    const job = jobRecorder(p.id, await employerOf(store, p.programmeId));
    const currentJob = async () =>
      ((await pageOf('kari.jobb')).json().rows as RowJson[]).find((r) => r.id === p.id)?.currentJob;
    await job('Kokk', 14);
    expect(await currentJob()).toBeNull();
    await job('Renholder', -90, { end_date: daysFromToday(-1), end_reason: 'other' });
    expect(await currentJob()).toBeNull();
    await job('Lagermedarbeider', -20);
    expect(await currentJob()).toEqual({
      title: 'Lagermedarbeider',
      employmentType: 'ordinary_competitive',
      startDate: daysFromToday(-20),
    });
    // Its last day is today: still current until the day ends.
    await store.db
      .updateTable('job')
      .set({ end_date: daysFromToday(0), end_reason: 'other' })
      .where('participant_id', '=', p.id)
      .where('title', '=', 'Lagermedarbeider')
      .execute();
    expect((await currentJob())?.title).toBe('Lagermedarbeider');
  });
});

describe(`caseload overview on ${dbKind}`, () => {
  it('gives the supervisor every specialist’s load and the referral queue, priority first', async () => {
    const young = await participantOf('sara.jobb', 3, new Date().getUTCFullYear() - 22);
    const kariId = await idOfUser(store, 'kari.jobb');
    await store.db
      .updateTable('participant')
      .set({ job_specialist_id: null })
      .where('id', '=', (await assignedTo('jonas.jobb'))[0] as string)
      .execute();
    const marit = await callerOf('marit.leder');
    const res = await marit.request('GET', '/api/caseload/overview');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.caseloadMax).toBe(20);
    expect(body.unassigned).toBe(await countWhere({ job_specialist_id: null, active: true }));
    expect(body.unassigned).toBeGreaterThan(0);
    const kari = body.specialists.find((s: { id: string }) => s.id === kariId);
    expect(kari).toEqual({
      id: kariId,
      displayName: 'Kari Nilsen',
      fte: await currentFte(kariId),
      active: (await assignedTo('kari.jobb')).length,
      inWork: await countWhere({ job_specialist_id: kariId, stage: 'in_work' }),
      referred: await countWhere({ job_specialist_id: kariId, stage: 'referred' }),
    });
    expect(body.specialists.map((s: { displayName: string }) => s.displayName)).toEqual([
      'Jonas Eriksen',
      'Kari Nilsen',
      'Sara Pedersen',
    ]);
    const queue = body.referralQueue as { id: string; priority: boolean; referralDate: string }[];
    expect(queue).toHaveLength(await countWhere({ stage: 'referred' }));
    expect(queue[0]).toMatchObject({ priority: true });
    expect(queue.find((q) => q.id === young.id)?.priority).toBe(true);
    const flags = queue.map((q) => q.priority);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
    for (const group of [queue.filter((q) => q.priority), queue.filter((q) => !q.priority)]) {
      const dates = group.map((q) => q.referralDate);
      expect(dates).toEqual([...dates].sort());
    }
  });

  it('refuses the overview to a job specialist (403, audited)', async () => {
    const kari = await callerOf('kari.jobb');
    const before = await countRows(store, 'audit_event');
    const res = await kari.request('GET', '/api/caseload/overview');
    expect(res.statusCode).toBe(403);
    const events = await store.db
      .selectFrom('audit_event')
      .select(['subject_type', 'decision'])
      .where('id', '>', before)
      .execute();
    expect(events).toEqual([{ subject_type: 'caseload', decision: 'deny' }]);
  });
});

describe(`reassignment on ${dbKind}`, () => {
  it('lets the supervisor hand a participant to another job specialist, audited from → to', async () => {
    const [moved] = await assignedTo('kari.jobb');
    const kariId = await idOfUser(store, 'kari.jobb');
    const jonasId = await idOfUser(store, 'jonas.jobb');
    const marit = await callerOf('marit.leder');
    const before = await countRows(store, 'audit_event');
    const res = await marit.request('PUT', `/api/participants/${moved}/job-specialist`, {
      jobSpecialistId: jonasId,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ id: moved, jobSpecialist: { id: jonasId, displayName: 'Jonas Eriksen' } });
    expect(await assignedTo('jonas.jobb')).toContain(moved);
    const events = await store.db
      .selectFrom('audit_event')
      .select(['action', 'participant_id', 'decision', 'details'])
      .where('id', '>', before)
      .execute();
    expect(events).toEqual([
      {
        action: 'reassign',
        participant_id: moved,
        decision: 'allow',
        details: { from: kariId, to: jonasId },
      },
    ]);
    const kariPage = await pageOf('kari.jobb');
    expect(idsOf(kariPage.json().rows)).not.toContain(moved);
  });

  it('refuses a job specialist (403) and a target who is not a job specialist (400)', async () => {
    const [participant] = await assignedTo('kari.jobb');
    const jonasId = await idOfUser(store, 'jonas.jobb');
    const kari = await callerOf('kari.jobb');
    const refused = await kari.request('PUT', `/api/participants/${participant}/job-specialist`, {
      jobSpecialistId: jonasId,
    });
    expect(refused.statusCode).toBe(403);
    expect(await assignedTo('kari.jobb')).toContain(participant);

    const marit = await callerOf('marit.leder');
    for (const username of ['per.behandler', 'marit.leder', 'ola.tromso']) {
      const before = await countRows(store, 'audit_event');
      const res = await marit.request('PUT', `/api/participants/${participant}/job-specialist`, {
        jobSpecialistId: await idOfUser(store, username),
      });
      expect(res.statusCode, username).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['jobSpecialistId']);
      expect(await countRows(store, 'audit_event')).toBe(before);
      expect(await assignedTo('kari.jobb')).toContain(participant);
    }
  });
});
