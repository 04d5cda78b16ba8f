import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import {
  REGISTER_NUMBERS,
  type RegisterStandIn,
  startRegisterStandIn,
} from '../support/register-stand-in.ts';
import { signIn, type TestApp, testApp } from '../support/test-app.ts';
import { dbKind, resetStore } from '../support/test-store.ts';

/** Short, so the slow answer's test stays quick; the stand-in answers it well after. */
const TIMEOUT_MS = 400;

let store: Store;
let standIn: RegisterStandIn;
let app: TestApp;
let unconfigured: TestApp;

beforeAll(async () => {
  store = await resetStore();
  standIn = await startRegisterStandIn({ slowMs: TIMEOUT_MS * 10 });
  app = await testApp(store, { enhetsregisteretUrl: standIn.url, enhetsregisteretTimeoutMs: TIMEOUT_MS });
  unconfigured = await testApp(store);
});
afterAll(async () => {
  await app?.close();
  await unconfigured?.close();
  await standIn?.close();
});
beforeEach(async () => {
  await resetStore();
});

const lookup = (orgNumber: string) => `/api/employers/lookup/${orgNumber}`;

async function lookupEvents() {
  return store.db
    .selectFrom('audit_event')
    .select(['decision', 'reason', 'details', 'actor_user_id'])
    .where('subject_type', '=', 'employer_register')
    .orderBy('id')
    .execute();
}

describe(`employer lookup in Enhetsregisteret on ${dbKind}`, () => {
  it('fills name, address and industry code from the register, and audits who asked about which number', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const res = await kari.request('GET', lookup(REGISTER_NUMBERS.found));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      orgNumber: REGISTER_NUMBERS.found,
      name: 'FJORDLYS TESTBAKERI AS',
      address: 'Prøvegata 12',
      postcode: '8006',
      city: 'BODØ',
      industryCode: '10.710',
      industryText: 'Produksjon av brød og ferske konditorvarer',
    });
    expect(standIn.requests).toContain(`/enhetsregisteret/api/enheter/${REGISTER_NUMBERS.found}`);
    const [event] = await lookupEvents();
    expect(event).toMatchObject({ decision: 'allow', details: { orgNumber: REGISTER_NUMBERS.found } });
  });

  it('answers 404 for a number the register does not know', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const res = await kari.request('GET', lookup(REGISTER_NUMBERS.unknown));
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({
      code: 'not_found',
      detail: expect.stringContaining('Enhetsregisteret'),
    });
  });

  it('answers 410 for a deleted unit, whether shown with slettedato or answered 410 Gone', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const shown = await kari.request('GET', lookup(REGISTER_NUMBERS.deleted));
    expect(shown.statusCode).toBe(410);
    expect(shown.json()).toMatchObject({
      code: 'unit_deleted',
      detail: expect.stringContaining('2023-11-30'),
    });
    const gone = await kari.request('GET', lookup(REGISTER_NUMBERS.removed));
    expect(gone.statusCode).toBe(410);
    expect(gone.json().code).toBe('unit_deleted');
  });

  it('answers 504 within the timeout when the register is slow', async () => {
    const marit = await signIn(app, 'marit.leder');
    const started = Date.now();
    const res = await marit.request('GET', lookup(REGISTER_NUMBERS.slow));
    expect(res.statusCode).toBe(504);
    expect(res.json().code).toBe('register_timeout');
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS * 5);
  });

  it('answers 502 when the register fails', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const res = await kari.request('GET', lookup(REGISTER_NUMBERS.broken));
    expect(res.statusCode).toBe(502);
    expect(res.json().code).toBe('register_unavailable');
  });

  it('answers 503 naming IPS_ENHETSREGISTERET_URL when lookups are not configured', async () => {
    const kari = await signIn(unconfigured, 'kari.jobb');
    const res = await kari.request('GET', lookup(REGISTER_NUMBERS.found));
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({
      code: 'register_not_configured',
      detail: expect.stringContaining('IPS_ENHETSREGISTERET_URL'),
    });
  });

  it('refuses a number with a wrong check digit with a 400 naming orgNumber, without asking the register', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const asked = standIn.requests.length;
    for (const bad of ['912340105', '91234010', 'abcdefghi']) {
      const res = await kari.request('GET', lookup(bad));
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['orgNumber']);
    }
    expect(standIn.requests.length).toBe(asked);
  });

  it('blocks a NAV adviser (not job development) with a 403, audited, without asking the register', async () => {
    const anne = await signIn(app, 'anne.nav');
    const asked = standIn.requests.length;
    const res = await anne.request('GET', lookup(REGISTER_NUMBERS.found));
    expect(res.statusCode).toBe(403);
    expect(res.json().reason).toBe('role_not_permitted');
    expect(standIn.requests.length).toBe(asked);
    expect(await lookupEvents()).toMatchObject([{ decision: 'deny', reason: 'role_not_permitted' }]);
  });
});
