import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { ingrid, organisationId } from '../support/cooperation.ts';
import {
  PEOPLE,
  type PersonRegisterStandIn,
  startPersonRegisterStandIn,
} from '../support/person-register-stand-in.ts';
import { countRows, signIn, type TestApp, testApp, validReferral } from '../support/test-app.ts';
import { dbKind, resetStore } from '../support/test-store.ts';

/** Short, so the slow answer’s test stays quick, yet long enough for a loaded machine; the stand-in answers it well after. */
const TIMEOUT_MS = 1500;

let store: Store;
let standIn: PersonRegisterStandIn;
let app: TestApp;
let unconfigured: TestApp;

beforeAll(async () => {
  store = await resetStore();
  standIn = await startPersonRegisterStandIn({ slowMs: TIMEOUT_MS * 10 });
  app = await testApp(store, { personLookupUrl: standIn.url, personLookupTimeoutMs: TIMEOUT_MS });
  unconfigured = await testApp(store);
});
afterAll(async () => {
  await app?.close();
  await unconfigured?.close();
  await standIn?.close();
});
beforeEach(async () => {
  await resetStore();
  standIn.asked.length = 0;
});

async function refer(fnr: string, on = app) {
  const kari = await signIn(on, 'kari.jobb');
  return kari.request('POST', '/api/participants', await validReferral(store, { fnr }));
}

async function storedOf(id: string) {
  return store.db
    .selectFrom('participant')
    .select(['given_name', 'family_name', 'protection'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

describe(`the person lookup at referral on ${dbKind}`, () => {
  it('fills her name and protection from the register, audited without the number', async () => {
    const res = await refer(PEOPLE.confidential);
    expect(res.statusCode, res.body).toBe(201);
    expect(await storedOf(res.json().id)).toEqual({
      given_name: 'Synne',
      family_name: 'Registersen-fortrolig',
      protection: 'fortrolig',
    });
    expect(standIn.asked).toEqual([PEOPLE.confidential]);
    const events = await store.db
      .selectFrom('audit_event')
      .select(['decision', 'details'])
      .where('subject_type', '=', 'person_register')
      .execute();
    expect(events).toEqual([expect.objectContaining({ decision: 'allow' })]);
    expect(JSON.stringify(events)).not.toContain(PEOPLE.confidential);
    // Strictly confidential (kode 6) comes through as such.
    const strict = await refer(PEOPLE.strict);
    expect(await storedOf(strict.json().id)).toMatchObject({ protection: 'strengt_fortrolig' });
  });

  it('keeps the typed name for a person the register does not know, and an ungraded one unprotected', async () => {
    // The default referral's number is born on a day none of the stand-in's people is.
    const unknown = await refer((await validReferral(store)).fnr);
    expect(unknown.statusCode, unknown.body).toBe(201);
    expect(await storedOf(unknown.json().id)).toEqual({
      given_name: 'Liv',
      family_name: 'Testesen',
      protection: null,
    });
    const ordinary = await refer(PEOPLE.ordinary);
    expect(await storedOf(ordinary.json().id)).toMatchObject({ protection: null, given_name: 'Synne' });
  });

  it('refuses the referral when the register fails or is slow, writing no participant', async () => {
    const before = await countRows(store, 'participant');
    const broken = await refer(PEOPLE.broken);
    expect(broken.statusCode).toBe(502);
    const slow = await refer(PEOPLE.slow);
    expect(slow.statusCode).toBe(504);
    expect(await countRows(store, 'participant')).toBe(before);
  });

  it('asks nothing when not configured', async () => {
    const res = await refer(PEOPLE.confidential, unconfigured);
    expect(res.statusCode, res.body).toBe(201);
    expect(standIn.asked).toEqual([]);
    expect(await storedOf(res.json().id)).toMatchObject({ given_name: 'Liv', protection: null });
  });
});

/** Ola, a job specialist of IPS Tromsø, refers the person with this number to his programme. */
async function referInTromso(fnr: string | null) {
  const ola = await signIn(unconfigured, 'ola.tromso');
  const referringOrganisationId = await organisationId(store, 'NAV Tromsø');
  const body = await validReferral(store, { fnr, jobSpecialistId: null, referringOrganisationId });
  return ola.request('POST', '/api/participants', body);
}

describe(`one active case per person on ${dbKind}`, () => {
  it('refuses another programme’s referral of a person in an active case with a 409 that names no programme', async () => {
    const p = await ingrid(store);
    const before = await countRows(store, 'participant');
    const res = await referInTromso(p.fnr);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().reason).toBe('case_exists');
    for (const secret of ['Salten', 'Bodø', p.programme_id, p.id]) expect(res.body).not.toContain(secret);
    expect(await countRows(store, 'participant')).toBe(before);
  });

  it('lets another programme refer her once her case here is discharged', async () => {
    const p = await ingrid(store);
    await store.db.updateTable('participant').set({ stage: 'discharged' }).where('id', '=', p.id).execute();
    const res = await referInTromso(p.fnr);
    expect(res.statusCode, res.body).toBe(201);
  });
});
