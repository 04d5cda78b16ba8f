import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { osloToday } from '../../src/domain/participant.ts';
import { ingrid } from '../support/cooperation.ts';
import { countRows, idOfUser, signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});

/** Last week's demo meeting of the FACT team: two candidate items and one about Ingrid. */
async function seededMeeting() {
  return store.db.selectFrom('team_meeting').selectAll().executeTakeFirstOrThrow();
}

async function teamId(name: string) {
  const row = await store.db
    .selectFrom('team')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function itemCount() {
  const row = await store.db
    .selectFrom('meeting_item')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

interface Item {
  kind: string;
  handle?: string;
  participant?: { givenName: string } | null;
  decision: string | null;
  followUp: string | null;
  withheld?: string | null;
}

describe(`team meetings on ${dbKind}`, () => {
  it('records a meeting with attendees from several organisations and lists it first', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const attendees = [
      { userId: await idOfUser(store, 'kari.jobb'), attended: true },
      { userId: await idOfUser(store, 'per.behandler'), attended: true },
      { userId: await idOfUser(store, 'sara.jobb'), attended: true },
      { userId: await idOfUser(store, 'anne.nav'), attended: false },
    ];
    const res = await kari.request('POST', '/api/meetings', {
      teamId: await teamId('FACT-team Bodø'),
      meetingDate: osloToday(),
      attendees,
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ meetingDate: osloToday(), team: { name: 'FACT-team Bodø' }, items: [] });
    const organisations = created.attendees.map(
      (a: { user: { organisation: { id: string } } }) => a.user.organisation.id,
    );
    expect(new Set(organisations).size).toBe(3);
    const list = (await kari.request('GET', '/api/meetings')).json().items;
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({ id: created.id, attendees: { listed: 4, attended: 3 } });
    expect(list[1]).toMatchObject({ attendees: { listed: 4, attended: 3 } });
  });

  it('refuses attendees and teams outside the programme (400 naming the field)', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const before = await countRows(store, 'audit_event');
    const res = await kari.request('POST', '/api/meetings', {
      teamId: await teamId('FACT-team Bodø'),
      meetingDate: '2026-03-02',
      attendees: [{ userId: await idOfUser(store, 'ola.tromso'), attended: true }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'attendees.0.userId', message: expect.any(String) }]);
    expect(await countRows(store, 'audit_event')).toBe(before);
  });

  it('shows a participant item to the assigned job specialist and only the handle without consent', async () => {
    const meeting = await seededMeeting();
    const p = await ingrid(store);
    const before = await countRows(store, 'audit_event');

    const kari = await signIn(app, 'kari.jobb');
    const full = await kari.request('GET', `/api/meetings/${meeting.id}`);
    expect(full.statusCode, full.body).toBe(200);
    const minutes = full.json();
    expect(minutes.attendees).toHaveLength(4);
    expect(minutes.items.map((i: Item) => i.kind)).toEqual(['candidate', 'candidate', 'participant']);
    expect(minutes.items[2]).toMatchObject({
      handle: p.handle,
      participant: { id: p.id, givenName: 'Ingrid', familyName: 'Solberg' },
      followUp: 'Kari avtaler møte med arbeidsgiver.',
      withheld: null,
    });

    const anne = await signIn(app, 'anne.nav');
    const partial = (await anne.request('GET', `/api/meetings/${meeting.id}`)).json();
    expect(partial.items[0].candidate.note).toMatch(/videregående/);
    expect(partial.items[2]).toEqual({
      id: minutes.items[2].id,
      ordinal: 3,
      kind: 'participant',
      handle: p.handle,
      participant: null,
      decision: null,
      followUp: null,
      withheld: 'category_not_covered',
    });
    expect(JSON.stringify(partial)).not.toContain('Solberg');

    const events = await store.db
      .selectFrom('audit_event')
      .select(['actor_name', 'participant_id', 'decision', 'reason', 'details', 'subject_type'])
      .where('id', '>', before)
      .where('participant_id', '=', p.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => [e.actor_name, e.decision, e.reason])).toEqual([
      ['Kari Nilsen', 'allow', 'assigned_job_specialist'],
      ['Anne Larsen', 'deny', 'category_not_covered'],
    ]);
    for (const e of events) {
      expect(e.details).toMatchObject({ view: 'meeting_minutes', meetingId: meeting.id });
    }
  });

  it('refuses another programme’s users (403, audited) and lists nothing of this programme to them', async () => {
    const meeting = await seededMeeting();
    const ola = await signIn(app, 'ola.tromso');
    const before = await countRows(store, 'audit_event');
    const read = await ola.request('GET', `/api/meetings/${meeting.id}`);
    expect(read.statusCode).toBe(403);
    expect(read.json()).toMatchObject({ reason: 'other_programme' });
    const add = await ola.request('POST', `/api/meetings/${meeting.id}/items`, {
      participantId: (await ingrid(store)).id,
    });
    expect(add.statusCode).toBe(403);
    expect((await ola.request('GET', '/api/meetings')).json().items).toEqual([]);
    const refusals = await store.db
      .selectFrom('audit_event')
      .select(['subject_type', 'decision', 'reason'])
      .where('id', '>', before)
      .where('subject_type', '=', 'team_meeting')
      .orderBy('id')
      .execute();
    expect(refusals).toEqual([
      { subject_type: 'team_meeting', decision: 'deny', reason: 'other_programme' },
      { subject_type: 'team_meeting', decision: 'deny', reason: 'other_programme' },
      { subject_type: 'team_meeting', decision: 'allow', reason: 'programme_member' },
    ]);
  });

  it('adds candidate items only when their text does not identify the person', async () => {
    const meeting = await seededMeeting();
    const candidate = await store.db.selectFrom('candidate').select('id').limit(1).executeTakeFirstOrThrow();
    const per = await signIn(app, 'per.behandler');
    const items = await itemCount();
    const events = await countRows(store, 'audit_event');
    const bad = await per.request('POST', `/api/meetings/${meeting.id}/items`, {
      candidateId: candidate.id,
      followUp: 'Per ringer 41234567 i morgen.',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('followUp');
    expect([await itemCount(), await countRows(store, 'audit_event')]).toEqual([items, events]);

    const ok = await per.request('POST', `/api/meetings/${meeting.id}/items`, {
      candidateId: candidate.id,
      decision: 'Tas opp igjen neste uke.',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ ordinal: 4, kind: 'candidate', decision: 'Tas opp igjen neste uke.' });

    const edit = await per.request('PATCH', `/api/meetings/${meeting.id}/items/${ok.json().id}`, {
      decision: 'Avtalt med Kari Nilsen.',
    });
    expect(edit.statusCode).toBe(400);
    expect(edit.json().errors[0].path).toBe('decision');
    const fine = await per.request('PATCH', `/api/meetings/${meeting.id}/items/${ok.json().id}`, {
      followUp: 'Behandler følger opp.',
    });
    expect(fine.statusCode).toBe(200);
    expect(fine.json()).toMatchObject({
      decision: 'Tas opp igjen neste uke.',
      followUp: 'Behandler følger opp.',
    });
  });

  it('lets only those allowed team_discussion add or edit a participant item, audited', async () => {
    const meeting = await seededMeeting();
    const p = await ingrid(store);
    const anne = await signIn(app, 'anne.nav');
    const items = await itemCount();
    const refused = await anne.request('POST', `/api/meetings/${meeting.id}/items`, {
      participantId: p.id,
      decision: 'Vurdere arbeidsavklaring.',
    });
    expect(refused.statusCode).toBe(403);
    expect(await itemCount()).toBe(items);
    const denial = await store.db
      .selectFrom('audit_event')
      .select(['action', 'decision', 'reason', 'details'])
      .where('participant_id', '=', p.id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(denial).toMatchObject({
      action: 'update',
      decision: 'deny',
      reason: 'category_not_covered',
      details: { category: 'team_discussion', view: 'meeting_minutes', meetingId: meeting.id },
    });

    const kari = await signIn(app, 'kari.jobb');
    const added = await kari.request('POST', `/api/meetings/${meeting.id}/items`, {
      participantId: p.id,
      decision: 'Oppfølging etter jobbstart.',
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({
      kind: 'participant',
      participant: { givenName: 'Ingrid' },
      ordinal: 4,
    });
    const existing = (await kari.request('GET', `/api/meetings/${meeting.id}`)).json().items[2];
    const anneEdit = await anne.request('PATCH', `/api/meetings/${meeting.id}/items/${existing.id}`, {
      followUp: 'Endret.',
    });
    expect(anneEdit.statusCode).toBe(403);
  });

  it('replaces the attendance and reports it per job specialist for a period', async () => {
    const meeting = await seededMeeting();
    const kari = await signIn(app, 'kari.jobb');
    const [kariId, jonasId, saraId] = await Promise.all(
      ['kari.jobb', 'jonas.jobb', 'sara.jobb'].map((u) => idOfUser(store, u)),
    );
    const put = await kari.request('PUT', `/api/meetings/${meeting.id}/attendance`, [
      { userId: kariId, attended: false },
      { userId: jonasId, attended: true },
    ]);
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().attendees).toHaveLength(2);
    const twice = await kari.request('PUT', `/api/meetings/${meeting.id}/attendance`, [
      { userId: kariId, attended: false },
      { userId: kariId, attended: true },
    ]);
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors[0].path).toBe('1.userId');

    const day = meeting.meeting_date;
    const report = await kari.request('GET', `/api/meetings/attendance?from=${day}&to=${day}`);
    expect(report.statusCode, report.body).toBe(200);
    const byId = new Map(report.json().items.map((l: { user: { id: string } }) => [l.user.id, l]));
    expect(byId.get(kariId)).toMatchObject({ meetings: 1, attended: 0 });
    expect(byId.get(jonasId)).toMatchObject({ meetings: 1, attended: 1 });
    expect(byId.get(saraId)).toMatchObject({ meetings: 0, attended: 0 });
    const backwards = await kari.request('GET', '/api/meetings/attendance?from=2026-02-01&to=2026-01-01');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0].path).toBe('to');
  });
});
