import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import {
  countRows,
  idOfUser,
  participantOf,
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

describe(`participants on ${dbKind}`, () => {
  it('lists only the job specialist’s own caseload', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const res = await kari.request('GET', '/api/participants');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { jobSpecialist: { displayName: string } }[];
    expect(items.length).toBeGreaterThan(5);
    expect(new Set(items.map((i) => i.jobSpecialist.displayName))).toEqual(new Set(['Kari Nilsen']));
  });

  it('lists the whole programme for the supervisor', async () => {
    const marit = await signIn(app, 'marit.leder');
    const res = await marit.request('GET', '/api/participants');
    expect(res.json().items).toHaveLength(41);
  });

  it('lets the assigned job specialist read a participant, and audits the read', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const p = await participantOf(store, 'kari.jobb');
    const before = await countRows(store, 'audit_event');
    const res = await kari.request('GET', `/api/participants/${p.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: p.id, fnr: p.fnr, programme: { name: 'IPS Salten' }, version: 1 });
    const events = await store.db.selectFrom('audit_event').selectAll().where('id', '>', before).execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'read',
      participant_id: p.id,
      decision: 'allow',
      reason: 'assigned_job_specialist',
      legal_basis: 'caseload_assignment',
      purpose: 'ips_follow_up',
      actor_role: 'job_specialist',
    });
  });

  it('creates a participant in the caller’s programme and shows it in the caseload', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const res = await kari.request('POST', '/api/participants', await validReferral(store));
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      givenName: 'Liv',
      familyName: 'Testesen',
      version: 1,
      programme: { name: 'IPS Salten' },
    });
    const events = await store.db
      .selectFrom('audit_event')
      .select(['action', 'decision', 'subject_id'])
      .where('participant_id', '=', created.id)
      .execute();
    expect(events).toEqual([{ action: 'create', decision: 'allow', subject_id: created.id }]);
    const list = await kari.request('GET', '/api/participants');
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(created.id);
  });

  it('updates with the current version and refuses a stale one with 409', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const p = await participantOf(store, 'kari.jobb');
    const ok = await kari.request('PATCH', `/api/participants/${p.id}`, {
      familyName: 'Nyttnavn',
      version: 1,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ familyName: 'Nyttnavn', version: 2 });
    const stale = await kari.request('PATCH', `/api/participants/${p.id}`, {
      familyName: 'Annet',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    const row = await store.db
      .selectFrom('participant')
      .select('family_name')
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect(row.family_name).toBe('Nyttnavn');
  });

  it('refuses jobSpecialistId on PATCH with 400 naming the field and the reassign endpoint', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const p = await participantOf(store, 'kari.jobb');
    const jonas = await idOfUser(store, 'jonas.jobb');
    const before = await countRows(store, 'audit_event');
    const res = await kari.request('PATCH', `/api/participants/${p.id}`, {
      jobSpecialistId: jonas,
      version: 1,
    });
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors as { path: string; message: string }[];
    expect(errors.map((e) => e.path)).toEqual(['jobSpecialistId']);
    expect(errors[0]?.message).toContain('/api/participants/{id}/job-specialist');
    const row = await store.db
      .selectFrom('participant')
      .select(['job_specialist_id', 'version'])
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ job_specialist_id: p.job_specialist_id, version: 1 });
    expect(await countRows(store, 'audit_event')).toBe(before);
  });

  it('refuses a second referral of the same person in a programme with 409', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const p = await participantOf(store, 'kari.jobb');
    const before = await countRows(store, 'participant');
    const res = await kari.request('POST', '/api/participants', await validReferral(store, { fnr: p.fnr }));
    expect(res.statusCode).toBe(409);
    expect(await countRows(store, 'participant')).toBe(before);
  });

  it('leaves one audit event for every participant listed in a caseload', async () => {
    const marit = await signIn(app, 'marit.leder');
    const before = await countRows(store, 'audit_event');
    await marit.request('GET', '/api/participants');
    const events = await store.db
      .selectFrom('audit_event')
      .select(['action', 'subject_type'])
      .where('id', '>', before)
      .execute();
    expect(events.filter((e) => e.action === 'list' && e.subject_type === 'participant')).toHaveLength(41);
    expect(events.filter((e) => e.subject_type === 'caseload')).toHaveLength(1);
  });
});

describe(`group commit of read audit events on ${dbKind}`, () => {
  it('gives every concurrent read its own event, committed in fewer transactions than reads', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const p = await participantOf(store, 'kari.jobb');
    const before = await countRows(store, 'audit_event');
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => kari.request('GET', `/api/participants/${p.id}`)),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(20).fill(200));
    const { rows } = await sql<{ events: number; requests: number; transactions: number }>`
      select count(*)::int as events, count(distinct request_id)::int as requests,
             count(distinct xmin::text)::int as transactions
      from audit_event where id > ${before} and action = 'read'`.execute(store.db);
    expect(rows[0]?.events).toBe(20);
    expect(rows[0]?.requests).toBe(20);
    expect(rows[0]?.transactions).toBeLessThan(20);
  });
});
