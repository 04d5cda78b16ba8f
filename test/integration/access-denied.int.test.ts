import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { syntheticFnr } from '../../src/domain/fnr.ts';
import { daysFromToday } from '../support/clock.ts';
import { participantOf, signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;

useSeededApp((s, a) => {
  store = s;
  app = a;
});

/** The audit events written for one participant after event id `after`. */
async function eventsFor(participantId: string, after: number) {
  return store.db
    .selectFrom('audit_event')
    .selectAll()
    .where('participant_id', '=', participantId)
    .where('id', '>', after)
    .execute();
}

async function lastEventId() {
  const row = await store.db
    .selectFrom('audit_event')
    .select('id')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? 0;
}

describe(`access to a participant on ${dbKind}: who is refused, with which reason`, () => {
  const refusals = [
    // Outside the participant's programme the answer is that of an unknown id; the log keeps why.
    {
      who: 'a job specialist of another programme',
      username: 'ola.tromso',
      reason: 'other_programme',
      status: 404,
    },
    {
      who: 'a job specialist of the same programme who is not assigned',
      username: 'jonas.jobb',
      reason: 'not_assigned',
      status: 403,
    },
    { who: 'a clinician without consent', username: 'per.behandler', reason: 'no_consent', status: 403 },
    { who: 'a NAV adviser without consent', username: 'anne.nav', reason: 'no_consent', status: 403 },
    { who: 'an administrator', username: 'admin', reason: 'admin_no_case_content', status: 404 },
  ];

  for (const { who, username, reason, status } of refusals) {
    it(`${status} when ${who} reads it, and the refusal is audited as ${reason}`, async () => {
      const p = await participantOf(store, 'kari.jobb', { withoutConsent: true });
      const caller = await signIn(app, username);
      const after = await lastEventId();
      const res = await caller.request('GET', `/api/participants/${p.id}`);
      expect(res.statusCode).toBe(status);
      expect(res.json()).toMatchObject(
        status === 403 ? { code: 'forbidden', reason } : { code: 'not_found' },
      );
      expect(res.body).not.toContain(p.fnr);
      const events = await eventsFor(p.id, after);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ action: 'read', decision: 'deny', reason, legal_basis: null });
    });

    it(`${status} when ${who} updates it, and nothing changes`, async () => {
      const p = await participantOf(store, 'kari.jobb', { withoutConsent: true });
      const caller = await signIn(app, username);
      const res = await caller.request('PATCH', `/api/participants/${p.id}`, {
        familyName: 'Endret',
        version: 1,
      });
      expect(res.statusCode).toBe(status);
      const row = await store.db
        .selectFrom('participant')
        .select(['family_name', 'version'])
        .where('id', '=', p.id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ family_name: p.family_name, version: 1 });
    });
  }

  it('allows the assigned job specialist and the programme supervisor (the pair to the refusals)', async () => {
    const p = await participantOf(store, 'kari.jobb');
    for (const username of ['kari.jobb', 'marit.leder']) {
      const res = await (await signIn(app, username)).request('GET', `/api/participants/${p.id}`);
      expect(res.statusCode).toBe(200);
    }
  });

  it('shows a job specialist of another programme none of this programme’s caseload', async () => {
    const ola = await signIn(app, 'ola.tromso');
    const res = await ola.request('GET', '/api/participants');
    expect(res.statusCode).toBe(200);
    // Only IPS Tromsø's own first referrals.
    const own = await store.db
      .selectFrom('participant')
      .innerJoin('programme', 'programme.id', 'participant.programme_id')
      .select('participant.id')
      .where('programme.name', '=', 'IPS Tromsø')
      .execute();
    const listed: string[] = res.json().items.map((i: { id: string }) => i.id);
    expect(listed.sort()).toEqual(own.map((p) => p.id).sort());
  });

  it('refuses admins, reviewers and researchers the caseload list with 403', async () => {
    const res = await (await signIn(app, 'admin')).request('GET', '/api/participants');
    expect(res.statusCode).toBe(403);
  });

  it('lists to a NAV adviser only the participants whose consent names NAV advisers at their office', async () => {
    const res = await (await signIn(app, 'anne.nav')).request('GET', '/api/participants');
    expect(res.statusCode, res.body).toBe(200);
    const ids: string[] = res.json().items.map((i: { id: string }) => i.id);
    const shared = await store.db
      .selectFrom('consent')
      .select('participant_id')
      .distinct()
      .where('status', '=', 'active')
      .execute();
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids)).toEqual(new Set(shared.map((r) => r.participant_id)));
  });

  it('refuses a clinician to register a participant, writing nothing but the audit event', async () => {
    const per = await signIn(app, 'per.behandler');
    const before = await store.db
      .selectFrom('participant')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const org = await store.db.selectFrom('organisation').select('id').limit(1).executeTakeFirstOrThrow();
    const res = await per.request('POST', '/api/participants', {
      fnr: syntheticFnr(new Date(Date.UTC(1990, 0, 1))),
      givenName: 'A',
      familyName: 'B',
      referralDate: daysFromToday(-14),
      referralSource: 'clinician',
      referringOrganisationId: org.id,
      jobSpecialistId: null,
    });
    expect(res.statusCode).toBe(403);
    const after = await store.db
      .selectFrom('participant')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('401 for every participant route without a session', async () => {
    const p = await participantOf(store, 'kari.jobb');
    for (const [method, url] of [
      ['GET', '/api/participants'],
      ['GET', `/api/participants/${p.id}`],
      ['POST', '/api/participants'],
      ['PATCH', `/api/participants/${p.id}`],
    ] as const) {
      const res = await app.inject({ method, url, payload: method === 'GET' ? undefined : {} });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
    }
  });
});
