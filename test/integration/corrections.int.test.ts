import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { daysFromToday, ingrid } from '../support/cooperation.ts';
import { employerOf, useCallers } from '../support/fixtures.ts';
import { countRows, type TestApp, useSeededApp, validReferral } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});

const callerOf = useCallers(() => app);

async function send(username: string, method: 'GET' | 'POST', url: string, body?: unknown) {
  return (await callerOf(username)).request(method, url, body);
}

async function ok(username: string, method: 'GET' | 'POST', url: string, body?: unknown) {
  const res = await send(username, method, url, body);
  expect(res.statusCode, `${url}: ${res.body}`).toBeLessThan(300);
  return res.json();
}

/** A participant of Kari's referred 100 days ago, in work at a job started 20 days ago. */
async function kariInWork() {
  const referral = await validReferral(store, { referralDate: daysFromToday(-100) });
  const { id } = await ok('kari.jobb', 'POST', '/api/participants', referral);
  const base = `/api/participants/${id}`;
  const programmeId = (
    await store.db
      .selectFrom('participant')
      .select('programme_id')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).programme_id;
  await ok('kari.jobb', 'POST', `${base}/stages`, { stage: 'job_search', effectiveDate: daysFromToday(-60) });
  const recorded = await ok('kari.jobb', 'POST', `${base}/jobs`, {
    employerId: await employerOf(store, programmeId, 'Feil Arbeidsgiver AS'),
    title: 'Butikkmedarbeider',
    employmentType: 'ordinary_competitive',
    wageType: 'hourly',
    hoursPerWeek: 20,
    startDate: daysFromToday(-20),
  });
  expect(recorded.stage.current).toBe('in_work');
  return { id, base, jobId: recorded.job.id as string };
}

async function caseloadRow(id: string) {
  const page = await ok('kari.jobb', 'GET', '/api/caseload');
  return page.rows.find((p: { id: string }) => p.id === id);
}

async function taskKinds(id: string): Promise<string[]> {
  const { tasks } = await ok('kari.jobb', 'GET', '/api/tasks');
  return tasks
    .filter((t: { participant: { id: string } }) => t.participant.id === id)
    .map((t: { kind: string }) => t.kind);
}

describe(`corrections with history on ${dbKind}`, () => {
  it('a voided job start no longer counts: not the current job, no follow-along, stage back to job search', async () => {
    const p = await kariInWork();
    expect((await caseloadRow(p.id)).currentJob).toMatchObject({ title: 'Butikkmedarbeider' });
    expect(await taskKinds(p.id)).toContain('follow_along_overdue');

    const voided = await ok('kari.jobb', 'POST', `${p.base}/corrections`, {
      recordType: 'job',
      recordId: p.jobId,
      kind: 'void',
      reason: 'Registrert på feil deltaker',
    });
    expect(voided).toMatchObject({ version: 2, kind: 'void', values: null });

    const row = await caseloadRow(p.id);
    expect(row.currentJob).toBeNull();
    expect(row.stage).toBe('job_search');
    expect(await taskKinds(p.id)).not.toContain('follow_along_overdue');
    const casework = await ok('kari.jobb', 'GET', `${p.base}/casework`);
    expect(casework.jobs).toEqual([]);
    expect(casework.stage.current).toBe('job_search');

    const again = await send('kari.jobb', 'POST', `${p.base}/corrections`, {
      recordType: 'job',
      recordId: p.jobId,
      kind: 'void',
      reason: 'To ganger',
    });
    expect(again.statusCode, again.body).toBe(409);
  });

  it('a corrected contact date is what the caseload counts; the original stays in the history and the export', async () => {
    const p = await ingrid(store);
    const base = `/api/participants/${p.id}`;
    const contact = await ok('kari.jobb', 'POST', `${base}/contacts`, {
      contactDate: daysFromToday(-1),
      counterpart: 'participant',
      mode: 'phone',
      outcome: 'held',
      note: 'Opprinnelig notat',
    });
    expect((await caseloadRow(p.id)).lastContactDate).toBe(daysFromToday(-1));

    const corrected = await ok('kari.jobb', 'POST', `${base}/corrections`, {
      recordType: 'contact',
      recordId: contact.id,
      kind: 'correct',
      reason: 'Feil dato: møtet var i går for en uke siden',
      values: { contactDate: daysFromToday(-8) },
    });
    expect(corrected.values).toMatchObject({ contactDate: daysFromToday(-8), note: 'Opprinnelig notat' });
    expect(corrected.correctedBy.displayName).toBeTruthy();

    const row = await caseloadRow(p.id);
    expect(row.lastContactDate).not.toBe(daysFromToday(-1));
    const casework = await ok('kari.jobb', 'GET', `${base}/casework`);
    const shown = casework.contacts.find((c: { id: string }) => c.id === contact.id);
    expect(shown.contactDate).toBe(daysFromToday(-8));

    const history = await ok('kari.jobb', 'GET', `${base}/corrections`);
    expect(history.entries).toContainEqual(
      expect.objectContaining({
        recordType: 'contact',
        recordId: contact.id,
        voided: false,
        original: expect.objectContaining({ contactDate: daysFromToday(-1) }),
        versions: [expect.objectContaining({ version: 2, reason: corrected.reason })],
      }),
    );

    const exported = await ok('ingrid.deltaker', 'GET', `${base}/gdpr-export`);
    expect(exported.records.contacts).toContainEqual(
      expect.objectContaining({ contactDate: daysFromToday(-1), note: 'Opprinnelig notat' }),
    );
    expect(exported.records.corrections).toContainEqual(
      expect.objectContaining({ reason: corrected.reason, newValues: { contact_date: daysFromToday(-8) } }),
    );
  });

  it('the supervisor may correct the job specialist’s entry; NAV and the clinician may not (403, audited)', async () => {
    const p = await ingrid(store);
    const base = `/api/participants/${p.id}`;
    const contact = await ok('kari.jobb', 'POST', `${base}/contacts`, {
      contactDate: daysFromToday(-2),
      counterpart: 'participant',
      mode: 'phone',
      outcome: 'held',
    });
    const body = (reason: string) => ({
      recordType: 'contact',
      recordId: contact.id,
      kind: 'correct',
      reason,
      values: { mode: 'face_to_face' },
    });
    for (const username of ['anne.nav', 'per.behandler']) {
      await callerOf(username);
      const before = await countRows(store, 'audit_event');
      const res = await send(username, 'POST', `${base}/corrections`, body('Prøver'));
      expect(res.statusCode, `${username}: ${res.body}`).toBe(403);
      const events = await store.db
        .selectFrom('audit_event')
        .select(['decision', 'reason', 'details'])
        .where('participant_id', '=', p.id)
        .orderBy('id', 'desc')
        .limit(1)
        .execute();
      expect(events[0]).toMatchObject({ decision: 'deny', reason: 'role_not_permitted' });
      expect(events[0]?.details).toMatchObject({ view: 'correction', recordId: contact.id });
      expect(await countRows(store, 'audit_event')).toBe(before + 1);
    }
    const byMarit = await ok(
      'marit.leder',
      'POST',
      `${base}/corrections`,
      body('Var et møte, ikke en telefon'),
    );
    expect(byMarit.values.mode).toBe('face_to_face');
  });

  it('refuses a correction without a reason, naming reason (400), and writes nothing', async () => {
    const p = await ingrid(store);
    await callerOf('kari.jobb');
    const before = await countRows(store, 'audit_event');
    const res = await send('kari.jobb', 'POST', `/api/participants/${p.id}/corrections`, {
      recordType: 'contact',
      recordId: p.id,
      kind: 'void',
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('reason');
    expect(await countRows(store, 'audit_event')).toBe(before);
  });
});

describe(`a voided entry is final on ${dbKind}`, () => {
  /** One entry of each kind on a new participant of Kari's, with the route that corrects it. */
  async function oneOfEachKind() {
    const p = await kariInWork();
    const idOf = async (table: 'stage_transition' | 'participant_benefit' | 'case_note') => {
      const rows = await store.db.selectFrom(table).select('id').where('participant_id', '=', p.id).execute();
      return rows.map((r) => r.id);
    };
    const contact = await ok('kari.jobb', 'POST', `${p.base}/contacts`, {
      contactDate: daysFromToday(-1),
      counterpart: 'participant',
      mode: 'phone',
      outcome: 'held',
    });
    await ok('kari.jobb', 'POST', `${p.base}/benefits`, {
      benefit: 'aap',
      monthlyAmount: 20000,
      fromDate: daysFromToday(-90),
    });
    await ok('kari.jobb', 'POST', `${p.base}/notes`, { category: 'job_plan', body: 'Plan' });
    const activity = await ok('kari.jobb', 'POST', '/api/activity', {
      entryDate: daysFromToday(-1),
      place: 'office',
      activity: 'documentation',
      minutes: 30,
    });
    const jobSearch = await store.db
      .selectFrom('stage_transition')
      .select('id')
      .where('participant_id', '=', p.id)
      .where('stage', '=', 'job_search')
      .executeTakeFirstOrThrow();
    const casework = (recordType: string, recordId: string, values: Record<string, unknown>) => ({
      recordType,
      recordId,
      url: `${p.base}/corrections`,
      body: (kind: string) => ({
        recordType,
        recordId,
        kind,
        reason: 'Feil',
        ...(kind === 'correct' ? { values } : {}),
      }),
    });
    return [
      casework('contact', contact.id, { mode: 'face_to_face' }),
      casework('job', p.jobId, { title: 'Lagermedarbeider' }),
      casework('stage_transition', jobSearch.id, { note: 'Rettet' }),
      casework('benefit', (await idOf('participant_benefit'))[0] as string, { monthlyAmount: 21000 }),
      casework('case_note', (await idOf('case_note'))[0] as string, { body: 'Rettet plan' }),
      {
        recordType: 'activity',
        recordId: activity.id as string,
        url: `/api/activity/${activity.id}/corrections`,
        body: (kind: string) => ({
          kind,
          reason: 'Feil',
          ...(kind === 'correct' ? { values: { minutes: 45 } } : {}),
        }),
      },
    ];
  }

  const versionsOf = async (recordId: string) =>
    (
      await store.db
        .selectFrom('record_correction')
        .select('version')
        .where('record_id', '=', recordId)
        .execute()
    ).length;

  it('voiding or correcting it again answers one 409 naming the entry, for every kind, and saves nothing', async () => {
    for (const entry of await oneOfEachKind()) {
      await ok('kari.jobb', 'POST', entry.url, entry.body('void'));
      const versions = await versionsOf(entry.recordId);
      for (const kind of ['void', 'correct']) {
        const res = await send('kari.jobb', 'POST', entry.url, entry.body(kind));
        expect(res.statusCode, `${entry.recordType} ${kind}: ${res.body}`).toBe(409);
        expect(res.json().detail).toBe(
          `${entry.recordType} ${entry.recordId} is voided: a voided entry is neither corrected nor voided again`,
        );
      }
      expect(await versionsOf(entry.recordId)).toBe(versions);
    }
  });
});
