import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { daysFromToday } from '../support/cooperation.ts';
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

type Table = 'stage_transition' | 'participant_contact';

async function count(table: Table) {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A new referral of Kari's, referred 100 days ago, and Kari signed in. */
async function kariWithNewParticipant(): Promise<{ kari: Caller; base: string; id: string }> {
  const kari = await signIn(app, 'kari.jobb');
  const res = await kari.request(
    'POST',
    '/api/participants',
    await validReferral(store, { referralDate: daysFromToday(-100) }),
  );
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as string;
  return { kari, base: `/api/participants/${id}`, id };
}

async function stageOf(id: string) {
  return store.db
    .selectFrom('participant')
    .select(['stage', 'stage_since'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

/** A bad request: the status, the field named, and nothing written (audit event included). */
async function refused(kari: Caller, url: string, body: unknown, status: number, path: string) {
  const before = {
    transitions: await count('stage_transition'),
    events: await countRows(store, 'audit_event'),
  };
  const res = await kari.request('POST', url, body);
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  expect({
    transitions: await count('stage_transition'),
    events: await countRows(store, 'audit_event'),
  }).toEqual(before);
  return res.json();
}

function contact(contactDate: string, overrides: Record<string, unknown> = {}) {
  return { contactDate, counterpart: 'participant', mode: 'phone', outcome: 'held', ...overrides };
}

describe(`the participant's stages on ${dbKind}`, () => {
  it('moves forward, pauses and returns, keeping the current stage on the participant', async () => {
    const { kari, base, id } = await kariWithNewParticipant();
    const first = await kari.request('POST', `${base}/stages`, {
      stage: 'first_meeting',
      effectiveDate: daysFromToday(-90),
      note: 'Første møte på kafé.',
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      stage: 'first_meeting',
      effectiveDate: daysFromToday(-90),
      dischargeReason: null,
      note: 'Første møte på kafé.',
      recordedBy: { displayName: expect.any(String) },
    });
    for (const [stage, days] of [
      ['paused', -80],
      ['job_search', -70],
    ] as const) {
      const res = await kari.request('POST', `${base}/stages`, { stage, effectiveDate: daysFromToday(days) });
      expect(res.statusCode, res.body).toBe(201);
    }
    expect(await stageOf(id)).toEqual({ stage: 'job_search', stage_since: daysFromToday(-70) });
    const casework = (await kari.request('GET', `${base}/casework`)).json();
    expect(casework.stage).toMatchObject({ current: 'job_search', since: daysFromToday(-70) });
    expect(casework.transitions.map((t: { stage: string }) => t.stage).slice(-3)).toEqual([
      'first_meeting',
      'paused',
      'job_search',
    ]);
  });

  it('refuses a stage move the lifecycle does not allow (400 stage), writing nothing', async () => {
    const { kari, base, id } = await kariWithNewParticipant();
    const moved = await kari.request('POST', `${base}/stages`, {
      stage: 'career_profile',
      effectiveDate: daysFromToday(-50),
    });
    expect(moved.statusCode, moved.body).toBe(201);
    await refused(
      kari,
      `${base}/stages`,
      { stage: 'first_meeting', effectiveDate: daysFromToday(-1) },
      400,
      'stage',
    );
    await refused(
      kari,
      `${base}/stages`,
      { stage: 'discharged', effectiveDate: daysFromToday(-1) },
      400,
      'stage',
    );
    await refused(
      kari,
      `${base}/stages`,
      { stage: 'job_search', effectiveDate: daysFromToday(-60) },
      400,
      'effectiveDate',
    );
    expect(await stageOf(id)).toEqual({ stage: 'career_profile', stage_since: daysFromToday(-50) });
  });
});

describe(`discharge on ${dbKind}`, () => {
  it('discharges with an active reason', async () => {
    const { kari, base, id } = await kariWithNewParticipant();
    const res = await kari.request('POST', `${base}/discharge`, {
      effectiveDate: daysFromToday(-1),
      reason: 'in_education',
      note: 'Begynner på fagskole.',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ stage: 'discharged', dischargeReason: 'in_education' });
    expect(await stageOf(id)).toEqual({ stage: 'discharged', stage_since: daysFromToday(-1) });
    const [event] = await store.db
      .selectFrom('audit_event')
      .select(['action', 'details'])
      .where('participant_id', '=', id)
      .orderBy('id', 'desc')
      .limit(1)
      .execute();
    expect(event).toMatchObject({
      action: 'discharge',
      details: { category: 'job_plan', view: 'discharge' },
    });
  });

  it('refuses a discharge without a reason (400 reason)', async () => {
    const { kari, base, id } = await kariWithNewParticipant();
    await refused(kari, `${base}/discharge`, { effectiveDate: daysFromToday(-1) }, 400, 'reason');
    expect((await stageOf(id)).stage).toBe('referred');
  });

  it('refuses an unknown or retired discharge reason (400 reason)', async () => {
    const { kari, base } = await kariWithNewParticipant();
    await refused(
      kari,
      `${base}/discharge`,
      { effectiveDate: daysFromToday(-1), reason: 'vanished' },
      400,
      'reason',
    );
    await store.db
      .insertInto('code_entry')
      .values({
        list: 'discharge_reasons',
        code: 'moved',
        label_nb: 'Flyttet',
        label_en: 'Moved',
        active: false,
      })
      .execute();
    await refused(
      kari,
      `${base}/discharge`,
      { effectiveDate: daysFromToday(-1), reason: 'moved' },
      400,
      'reason',
    );
  });

  it('discharges for lost contact only after the documented outreach attempts', async () => {
    const { kari, base } = await kariWithNewParticipant();
    const lostContact = { effectiveDate: daysFromToday(0), reason: 'lost_contact' };
    const problem = await refused(kari, `${base}/discharge`, lostContact, 400, 'reason');
    expect(problem.detail).toMatch(/outreach/);
    for (const days of [-20, -10, -3]) {
      const res = await kari.request(
        'POST',
        `${base}/contacts`,
        contact(daysFromToday(days), { outcome: 'outreach_attempt', mode: 'face_to_face' }),
      );
      expect(res.statusCode, res.body).toBe(201);
    }
    const res = await kari.request('POST', `${base}/discharge`, lostContact);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ stage: 'discharged', dischargeReason: 'lost_contact' });
  });
});

describe(`contacts on ${dbKind}`, () => {
  it('files a contact by whom it was with', async () => {
    const { kari, base } = await kariWithNewParticipant();
    const res = await kari.request(
      'POST',
      `${base}/contacts`,
      contact(daysFromToday(-2), {
        counterpart: 'treatment_team',
        mode: 'video',
        note: 'Avklart oppfølging med behandler.',
        nextStep: 'Nytt møte',
        nextStepDate: daysFromToday(5),
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({
      id: expect.any(String),
      contactDate: daysFromToday(-2),
      counterpart: 'treatment_team',
      mode: 'video',
      outcome: 'held',
      jobId: null,
      note: 'Avklart oppfølging med behandler.',
      nextStep: 'Nytt møte',
      nextStepDate: daysFromToday(5),
      category: 'team_discussion',
    });
  });

  it('refuses a contact in the future or before the referral (400 contactDate)', async () => {
    const { kari, base } = await kariWithNewParticipant();
    const before = await count('participant_contact');
    for (const date of [daysFromToday(1), daysFromToday(-101)]) {
      const res = await kari.request('POST', `${base}/contacts`, contact(date));
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['contactDate']);
    }
    expect(await count('participant_contact')).toBe(before);
  });
});
