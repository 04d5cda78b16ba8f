import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { syntheticFnr } from '../../src/domain/fnr.ts';
import { consentBody, organisationId } from '../support/cooperation.ts';
import { idOfUser, signIn, type TestApp, useSeededApp, validReferral } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});

/** Everything a refused request must leave as it was, the handle counter included. */
async function footprint() {
  const count = (table: 'candidate' | 'participant' | 'consent' | 'audit_event') =>
    store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));
  const handles = await store.db
    .selectFrom('programme')
    .select(['name', 'next_handle'])
    .orderBy('name')
    .execute();
  const converted = await store.db
    .selectFrom('candidate')
    .select('id')
    .where('converted_participant_id', 'is not', null)
    .execute();
  return {
    candidates: await count('candidate'),
    participants: await count('participant'),
    consents: await count('consent'),
    events: await count('audit_event'),
    handles,
    converted: converted.length,
  };
}

async function factTeamId() {
  const row = await store.db
    .selectFrom('team')
    .select('id')
    .where('name', '=', 'FACT-team Bodø')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function seededCandidate() {
  return store.db
    .selectFrom('candidate')
    .selectAll()
    .where('converted_participant_id', 'is', null)
    .orderBy('handle')
    .limit(1)
    .executeTakeFirstOrThrow();
}

async function conversionBody(overrides: Record<string, unknown> = {}) {
  return {
    referral: await validReferral(store, { jobSpecialistId: null, ...overrides }),
    consent: consentBody(await organisationId(store, 'NAV Bodø'), ['job_plan']),
  };
}

/** A researcher of the demo programme (no demo user has the role). */
async function addResearcher() {
  const kari = await store.db
    .selectFrom('app_user')
    .select(['password_hash', 'organisation_id', 'programme_id'])
    .where('username', '=', 'kari.jobb')
    .executeTakeFirstOrThrow();
  await store.db
    .insertInto('app_user')
    .values({ username: 'rita.forsker', display_name: 'Rita Forsker', role: 'researcher', ...kari })
    .execute();
  return signIn(app, 'rita.forsker');
}

describe(`anonymous candidates on ${dbKind}`, () => {
  it('raises a candidate with a handle, lists it first, and audits both', async () => {
    const per = await signIn(app, 'per.behandler');
    const before = await footprint();
    const teamId = await factTeamId();
    const res = await per.request('POST', '/api/candidates', {
      ageBand: '26_30',
      workWish: 'part_time',
      note: 'Ønsker deltid innen lager, har førerkort.',
      teamId,
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      handle: `K-${before.handles.find((h) => h.name === 'IPS Salten')?.next_handle}`,
      ageBand: '26_30',
      workWish: 'part_time',
      team: { id: teamId, name: 'FACT-team Bodø' },
      raisedBy: 'Per Johansen',
      convertedParticipantId: null,
    });
    const events = await store.db
      .selectFrom('audit_event')
      .selectAll()
      .where('id', '>', before.events)
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'create',
      subject_type: 'candidate',
      subject_id: created.id,
      participant_id: null,
      decision: 'allow',
      legal_basis: 'anonymous_discussion',
    });
    expect(events[0]?.programme_id).toBe(await programmeIdOf('per.behandler'));

    const list = await per.request('GET', '/api/candidates');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((c: { id: string }) => c.id)).toEqual([
      created.id,
      ...(await unconvertedIdsBut(created.id)),
    ]);
    const listEvents = await store.db
      .selectFrom('audit_event')
      .select(['action', 'subject_type'])
      .where('id', '>', events[0]?.id ?? 0)
      .execute();
    expect(listEvents).toEqual([{ action: 'list', subject_type: 'candidate_pool' }]);
  });

  it.each([
    ['a fødselsnummer', 'Fnr 01019012345 står i papirene.'],
    ['a phone number', 'Ring meg på 912 34 567.'],
    ['an e-mail address', 'Skriv til person@eksempel.no.'],
    ['a name', 'Snakket med Ola Nordmann om jobb.'],
  ])('refuses a note holding %s (400 naming note) and writes nothing', async (_kind, note) => {
    const kari = await signIn(app, 'kari.jobb');
    const before = await footprint();
    const res = await kari.request('POST', '/api/candidates', {
      ageBand: '21_25',
      workWish: 'explore',
      note,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { path: 'note', message: expect.stringMatching(/^note must not identify/) },
    ]);
    expect(await footprint()).toEqual(before);
  });

  it('refuses a team that is not a treatment team of the programme, writing nothing', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const before = await footprint();
    const ipsUnit = await store.db
      .selectFrom('team')
      .select('id')
      .where('name', '=', 'IPS-teamet Salten')
      .executeTakeFirstOrThrow();
    const res = await kari.request('POST', '/api/candidates', {
      ageBand: '21_25',
      workWish: 'explore',
      teamId: ipsUnit.id,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('teamId');
    expect(await footprint()).toEqual(before);
  });

  it('converts a candidate into a participant with the same handle and a first consent', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const candidate = await seededCandidate();
    const res = await kari.request(
      'POST',
      `/api/candidates/${candidate.id}/conversion`,
      await conversionBody(),
    );
    expect(res.statusCode, res.body).toBe(201);
    const { participantId, consentId, handle } = res.json();
    expect(handle).toBe(candidate.handle);
    const participant = await store.db
      .selectFrom('participant')
      .selectAll()
      .where('id', '=', participantId)
      .executeTakeFirstOrThrow();
    expect(participant).toMatchObject({
      handle: candidate.handle,
      job_specialist_id: await idOfUser(store, 'kari.jobb'),
      treatment_team_id: candidate.team_id,
      given_name: 'Liv',
    });
    const consent = await store.db
      .selectFrom('consent')
      .selectAll()
      .where('id', '=', consentId)
      .executeTakeFirstOrThrow();
    expect(consent).toMatchObject({ participant_id: participantId, version: 1, status: 'active' });
    const after = await store.db
      .selectFrom('candidate')
      .select(['converted_participant_id', 'converted_at'])
      .where('id', '=', candidate.id)
      .executeTakeFirstOrThrow();
    expect(after.converted_participant_id).toBe(participantId);
    expect(after.converted_at).toBeInstanceOf(Date);
    const events = await store.db
      .selectFrom('audit_event')
      .select(['action', 'subject_type', 'subject_id', 'decision'])
      .where('participant_id', '=', participantId)
      .execute();
    expect(events).toEqual([
      { action: 'create', subject_type: 'participant', subject_id: participantId, decision: 'allow' },
    ]);
    const list = (await kari.request('GET', '/api/candidates')).json().items;
    expect(list.map((c: { id: string }) => c.id)).not.toContain(candidate.id);
    const record = await kari.request('GET', `/api/participants/${participantId}`);
    expect(record.json()).toMatchObject({ handle: candidate.handle, familyName: 'Testesen' });
  });

  it('refuses to convert a candidate twice with 409, writing nothing', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const candidate = await seededCandidate();
    const first = await kari.request(
      'POST',
      `/api/candidates/${candidate.id}/conversion`,
      await conversionBody(),
    );
    expect(first.statusCode, first.body).toBe(201);
    const before = await footprint();
    const second = await kari.request(
      'POST',
      `/api/candidates/${candidate.id}/conversion`,
      await conversionBody({ fnr: syntheticFnr(new Date(Date.UTC(1988, 6, 2))) }),
    );
    expect(second.statusCode).toBe(409);
    expect(second.json().detail).toMatch(/already converted/);
    expect(await footprint()).toEqual(before);
  });

  it('names the nested field of a bad referral or consent, writing nothing', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const candidate = await seededCandidate();
    const before = await footprint();
    const badFnr = await kari.request(
      'POST',
      `/api/candidates/${candidate.id}/conversion`,
      await conversionBody({ fnr: '12345678901' }),
    );
    expect(badFnr.statusCode).toBe(400);
    expect(badFnr.json().errors[0].path).toBe('referral.fnr');
    const body = await conversionBody();
    const tromso = await organisationId(store, 'NAV Tromsø');
    const badRecipient = await kari.request('POST', `/api/candidates/${candidate.id}/conversion`, {
      ...body,
      consent: consentBody(tromso, ['job_plan']),
    });
    expect(badRecipient.statusCode).toBe(400);
    expect(badRecipient.json().errors[0].path).toBe('consent.recipients.0.organisationId');
    expect(await footprint()).toEqual(before);
  });

  it('refuses researchers and the administrator (403), and audits the refusal', async () => {
    const candidate = await seededCandidate();
    for (const caller of [await addResearcher(), await signIn(app, 'admin')]) {
      const before = await footprint();
      const create = await caller.request('POST', '/api/candidates', {
        ageBand: '21_25',
        workWish: 'explore',
      });
      expect(create.statusCode).toBe(403);
      expect((await caller.request('GET', '/api/candidates')).statusCode).toBe(403);
      const convert = await caller.request(
        'POST',
        `/api/candidates/${candidate.id}/conversion`,
        await conversionBody(),
      );
      expect(convert.statusCode).toBe(403);
      const after = await footprint();
      expect({ ...after, events: before.events }).toEqual(before);
      const refusals = await store.db
        .selectFrom('audit_event')
        .select(['decision'])
        .where('id', '>', before.events)
        .execute();
      expect(refusals.length).toBe(3);
      expect(refusals.every((e) => e.decision === 'deny')).toBe(true);
    }
  });

  it('keeps one programme’s candidates from another programme’s users', async () => {
    const ola = await signIn(app, 'ola.tromso');
    const candidate = await seededCandidate();
    const list = await ola.request('GET', '/api/candidates');
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([]);
    const before = await footprint();
    const convert = await ola.request('POST', `/api/candidates/${candidate.id}/conversion`, {
      ...(await conversionBody()),
      consent: consentBody(await organisationId(store, 'NAV Tromsø'), ['job_plan']),
    });
    expect(convert.statusCode).toBe(404);
    expect({ ...(await footprint()), events: before.events }).toEqual(before);
  });
});

async function programmeIdOf(username: string) {
  const row = await store.db
    .selectFrom('app_user')
    .select('programme_id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.programme_id;
}

async function unconvertedIdsBut(id: string) {
  const rows = await store.db
    .selectFrom('candidate')
    .select('id')
    .where('converted_participant_id', 'is', null)
    .where('id', '!=', id)
    .orderBy('raised_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}
