import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { syntheticFnr } from '../../src/domain/fnr.ts';
import { daysFromToday } from '../support/clock.ts';
import {
  type Caller,
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
let kari: Caller;

useSeededApp((s, a) => {
  store = s;
  app = a;
});
beforeEach(async () => {
  kari = await signIn(app, 'kari.jobb');
});

/** A fingerprint of every participant row, to prove a refused request wrote nothing. */
async function participantsFingerprint() {
  const rows = await store.db.selectFrom('participant').selectAll().orderBy('id').execute();
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

/** A valid, real-format fødselsnummer that is not a synthetic (Tenor) number. */
function realLookingFnr(): string {
  const tenor = syntheticFnr(new Date(Date.UTC(1985, 4, 20)));
  const digits = `${tenor.slice(0, 2)}05${tenor.slice(4, 9)}`.split('').map(Number);
  const k = (ws: number[], ds: number[]) =>
    (11 - (ws.reduce((a, w, i) => a + w * (ds[i] ?? 0), 0) % 11)) % 11;
  for (let n = 0; n < 500; n++) {
    const ds = [...digits.slice(0, 6), ...String(n).padStart(3, '0').split('').map(Number)];
    const k1 = k([3, 7, 6, 1, 8, 9, 4, 5, 2], ds);
    const k2 = k([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [...ds, k1]);
    if (k1 < 10 && k2 < 10) return `${ds.join('')}${k1}${k2}`;
  }
  throw new Error('no number found');
}

async function expectRefused(
  send: () => Promise<{ statusCode: number; json: () => { code: string; errors?: { path: string }[] } }>,
  status: number,
  field?: string,
) {
  const before = await participantsFingerprint();
  const res = await send();
  expect(res.statusCode).toBe(status);
  if (field) expect(res.json().errors?.map((e) => e.path)).toContain(field);
  expect(await participantsFingerprint()).toBe(before);
  return res.json();
}

describe(`bad input on ${dbKind}: a specific 4xx, and the database unchanged`, () => {
  it('400 malformed_json for a body that is not JSON', async () => {
    const body = await expectRefused(
      () =>
        app.inject({
          method: 'POST',
          url: '/api/participants',
          headers: {
            cookie: kari.cookie,
            'x-csrf-token': kari.csrfToken,
            'content-type': 'application/json',
          },
          payload: '{"fnr": "123',
        }),
      400,
    );
    expect(body.code).toBe('malformed_json');
  });

  it('400 naming an unknown field', async () => {
    await expectRefused(
      async () =>
        kari.request('POST', '/api/participants', { ...(await validReferral(store)), excluded: true }),
      400,
      'excluded',
    );
  });

  it('400 naming a field of the wrong type', async () => {
    await expectRefused(
      async () =>
        kari.request('POST', '/api/participants', {
          ...(await validReferral(store)),
          referralDate: 20260115,
        }),
      400,
      'referralDate',
    );
  });

  it('400 naming an over-long string', async () => {
    await expectRefused(
      async () =>
        kari.request('POST', '/api/participants', {
          ...(await validReferral(store)),
          givenName: 'x'.repeat(101),
        }),
      400,
      'givenName',
    );
  });

  it('400 naming a missing required field', async () => {
    const { familyName: _, ...rest } = await validReferral(store);
    await expectRefused(() => kari.request('POST', '/api/participants', rest), 400, 'familyName');
  });

  it('400 for a fødselsnummer with wrong check digits', async () => {
    const good = syntheticFnr(new Date(Date.UTC(1980, 1, 2)));
    const bad = `${good.slice(0, 10)}${(Number(good[10]) + 1) % 10}`;
    await expectRefused(
      async () => kari.request('POST', '/api/participants', { ...(await validReferral(store)), fnr: bad }),
      400,
      'fnr',
    );
  });

  it('400 for a real-looking, valid fødselsnummer: only synthetic numbers are accepted', async () => {
    const body = await expectRefused(
      async () =>
        kari.request('POST', '/api/participants', { ...(await validReferral(store)), fnr: realLookingFnr() }),
      400,
      'fnr',
    );
    expect(JSON.stringify(body)).toContain('synthetic');
  });

  it('400 for a referral date in the future', async () => {
    await expectRefused(
      async () =>
        kari.request('POST', '/api/participants', {
          ...(await validReferral(store)),
          referralDate: daysFromToday(1),
        }),
      400,
      'referralDate',
    );
  });

  it('400 for a date that does not exist', async () => {
    await expectRefused(
      async () =>
        kari.request('POST', '/api/participants', {
          ...(await validReferral(store)),
          referralDate: '2026-02-30',
        }),
      400,
      'referralDate',
    );
  });

  it('400 for an unknown referring organisation', async () => {
    await expectRefused(
      async () =>
        kari.request('POST', '/api/participants', {
          ...(await validReferral(store)),
          referringOrganisationId: '00000000-0000-4000-8000-000000000000',
        }),
      400,
      'referringOrganisationId',
    );
  });

  it('400 when the assigned job specialist works in another programme', async () => {
    const ola = await idOfUser(store, 'ola.tromso');
    await expectRefused(
      async () =>
        kari.request('POST', '/api/participants', { ...(await validReferral(store)), jobSpecialistId: ola }),
      400,
      'jobSpecialistId',
    );
  });

  it('400 naming the id when it is not a UUID, 404 when no participant has it', async () => {
    await expectRefused(
      () => kari.request('PATCH', '/api/participants/not-a-uuid', { version: 1 }),
      400,
      'id',
    );
    const missing = await expectRefused(
      () =>
        kari.request('PATCH', '/api/participants/00000000-0000-4000-8000-000000000000', {
          familyName: 'X',
          version: 1,
        }),
      404,
    );
    expect(missing.code).toBe('not_found');
    const read = await kari.request('GET', '/api/participants/00000000-0000-4000-8000-000000000000');
    expect(read.statusCode).toBe(404);
    const misses = await store.db
      .selectFrom('audit_event')
      .select(['action', 'decision', 'reason'])
      .where('subject_id', '=', '00000000-0000-4000-8000-000000000000')
      .orderBy('id')
      .execute();
    expect(misses).toEqual([
      { action: 'update', decision: 'deny', reason: 'not_found' },
      { action: 'read', decision: 'deny', reason: 'not_found' },
    ]);
  });

  it('404 for the id of another programme’s participant, as for an unknown one', async () => {
    const ola = await signIn(app, 'ola.tromso');
    const p = await participantOf(store, 'kari.jobb');
    const body = await expectRefused(
      () => ola.request('PATCH', `/api/participants/${p.id}`, { familyName: 'X', version: 1 }),
      404,
    );
    expect(body.code).toBe('not_found');
  });

  it('403 csrf_failed for a missing or forged CSRF token', async () => {
    const payload = await validReferral(store);
    const missing = await expectRefused(
      () =>
        app.inject({ method: 'POST', url: '/api/participants', headers: { cookie: kari.cookie }, payload }),
      403,
    );
    expect(missing.code).toBe('csrf_failed');
    await expectRefused(
      () => kari.request('POST', '/api/participants', payload, { 'x-csrf-token': 'forged' }),
      403,
    );
  });

  it('401 for a stale session', async () => {
    await store.db
      .updateTable('user_session')
      .set({ expires_at: new Date(Date.now() - 60_000) })
      .execute();
    const body = await expectRefused(
      async () => kari.request('POST', '/api/participants', await validReferral(store)),
      401,
    );
    expect(body.code).toBe('unauthenticated');
  });
});
