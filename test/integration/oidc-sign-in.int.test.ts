import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { linkIdentity } from '../../src/db/repositories/auth/identities.ts';
import type { Store } from '../../src/db/store.ts';
import { syntheticFnr } from '../../src/domain/fnr.ts';
import {
  clientPrivateKey,
  type LoopbackProvider,
  startLoopbackProvider,
} from '../support/oidc-test-provider.ts';
import { arrive, PLATFORM_ORIGIN, sessionCookieOf, walkProvider } from '../support/oidc-walk.ts';
import { countRows, idOfUser, type TestApp, testApp } from '../support/test-app.ts';
import { dbKind, resetStore } from '../support/test-store.ts';

let provider: LoopbackProvider;
let store: Store;
let app: TestApp;

/** The app with both populations' providers on the loopback provider (a fresh one reads its keys anew). */
const appWithProviders = (s: Store, options = {}) =>
  testApp(s, {
    oidc: [provider.settings('staff', PLATFORM_ORIGIN), provider.settings('participant', PLATFORM_ORIGIN)],
    ...options,
  });

beforeAll(async () => {
  provider = await startLoopbackProvider(PLATFORM_ORIGIN);
  store = await resetStore();
  app = await appWithProviders(store);
});
afterAll(async () => {
  await app?.close();
  await provider?.close();
});
beforeEach(async () => {
  await resetStore();
  provider.accounts.clear();
  provider.idTokenTtlSeconds = 3600;
  provider.forgeKeySet = false;
});

const lastEvent = () =>
  store.db.selectFrom('audit_event').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();

const whoAmI = (cookie: string) => app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });

async function linkKari() {
  await linkIdentity(store.db, provider.issuer, 'helseid-kari', await idOfUser(store, 'kari.jobb'));
}

/** A demo participant who has no account: only the provider's identity number can open Min side. */
async function participantWithoutAccount() {
  return store.db
    .selectFrom('participant as p')
    .select(['p.id', 'p.fnr'])
    .where((eb) =>
      eb.not(
        eb.exists(eb.selectFrom('app_user as u').select('u.id').whereRef('u.participant_id', '=', 'p.id')),
      ),
    )
    .where('p.fnr', 'is not', null)
    .orderBy('p.id')
    .limit(1)
    .executeTakeFirstOrThrow();
}

async function expectRefused(res: Awaited<ReturnType<typeof arrive>>, reason: string) {
  expect(res.statusCode).toBe(303);
  expect(res.headers.location).toBe('/logg-inn?innlogging=feil');
  expect(res.cookies.find((c) => c.name === 'ips_session')).toBeUndefined();
  const event = await lastEvent();
  expect(event).toMatchObject({ action: 'login_failed', decision: 'deny', reason, purpose: 'sign_in' });
  return event;
}

describe(`OpenID Connect sign-in against a loopback provider on ${dbKind}`, () => {
  it('signs a staff member in through the identity linked to her account, back to where she was going', async () => {
    await linkKari();
    const res = await arrive(app, await walkProvider(app, 'staff', 'helseid-kari', '/deltakere'));
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/deltakere');
    const me = await whoAmI(sessionCookieOf(res));
    expect(me.json().user).toMatchObject({ username: 'kari.jobb', role: 'job_specialist' });
    expect(await lastEvent()).toMatchObject({
      action: 'login',
      decision: 'allow',
      reason: 'identity_verified',
      subject_id: await idOfUser(store, 'kari.jobb'),
      details: { method: 'oidc_staff', issuer: provider.issuer, subject: 'helseid-kari' },
    });
  });

  it('signs a participant in by her identity number: her record opens on Min side, with no account made by hand', async () => {
    const p = await participantWithoutAccount();
    provider.accounts.set('idporten-pairwise-1', { pid: p.fnr as string });
    const res = await arrive(app, await walkProvider(app, 'participant', 'idporten-pairwise-1'));
    expect(res.statusCode).toBe(303);
    const cookie = sessionCookieOf(res);
    const me = (await whoAmI(cookie)).json().user;
    expect(me).toMatchObject({ role: 'participant', participantId: p.id });
    const record = await app.inject({ method: 'GET', url: `/api/participants/${p.id}`, headers: { cookie } });
    expect(record.statusCode).toBe(200);
    const created = await store.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'create')
      .where('subject_id', '=', me.id)
      .executeTakeFirstOrThrow();
    expect(created).toMatchObject({ reason: 'first_sign_in', participant_id: p.id, decision: 'allow' });
    // The identity number is the key, never a logged value.
    const events = await store.db.selectFrom('audit_event').select('details').execute();
    expect(JSON.stringify(events)).not.toContain(p.fnr);

    const again = await arrive(app, await walkProvider(app, 'participant', 'idporten-pairwise-1'));
    expect((await whoAmI(sessionCookieOf(again))).json().user.id).toBe(me.id);
  });

  it('signs Ingrid in to the account she already has', async () => {
    const ingrid = await store.db
      .selectFrom('app_user as u')
      .innerJoin('participant as p', 'p.id', 'u.participant_id')
      .select(['u.id', 'p.fnr'])
      .where('u.username', '=', 'ingrid.deltaker')
      .executeTakeFirstOrThrow();
    provider.accounts.set('idporten-ingrid', { pid: ingrid.fnr as string });
    const res = await arrive(app, await walkProvider(app, 'participant', 'idporten-ingrid'));
    expect((await whoAmI(sessionCookieOf(res))).json().user.id).toBe(ingrid.id);
  });

  it('refuses a callback whose state is not the one this browser started with', async () => {
    await linkKari();
    const back = await walkProvider(app, 'staff', 'helseid-kari');
    const tampered = { ...back, callback: back.callback.replace(/state=[^&]+/, 'state=someone-elses-state') };
    const event = await expectRefused(await arrive(app, tampered), 'response_invalid');
    expect(event.details).toMatchObject({ method: 'oidc_staff', check: 'OAUTH_INVALID_RESPONSE' });
    expect(await countRows(store, 'user_session')).toBe(0);
  });

  it('refuses a callback without the flow cookie this server signed', async () => {
    await linkKari();
    const back = await walkProvider(app, 'staff', 'helseid-kari');
    await expectRefused(await arrive(app, { ...back, flowCookie: 'ips_oidc_flow=made.up' }), 'flow_invalid');
  });

  it('refuses a replayed authorization code', async () => {
    await linkKari();
    const back = await walkProvider(app, 'staff', 'helseid-kari');
    expect((await arrive(app, back)).headers.location).toBe('/');
    const event = await expectRefused(await arrive(app, back), 'code_refused');
    expect(event.details).toMatchObject({ check: 'invalid_grant' });
    expect(await countRows(store, 'user_session')).toBe(1);
  });

  it('refuses an ID token that has expired', async () => {
    await linkKari();
    provider.idTokenTtlSeconds = -3600;
    const event = await expectRefused(
      await arrive(app, await walkProvider(app, 'staff', 'helseid-kari')),
      'response_invalid',
    );
    expect(event.details).toMatchObject({ check: 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED' });
  });

  it('refuses an ID token not signed by the key the provider publishes', async () => {
    await linkKari();
    provider.forgeKeySet = true;
    // A new app has read no key set yet, so it reads the forged one.
    const fresh = await appWithProviders(store);
    try {
      const res = await arrive(fresh, await walkProvider(fresh, 'staff', 'helseid-kari'));
      const event = await expectRefused(res, 'response_invalid');
      expect(event.details).toMatchObject({
        method: 'oidc_staff',
        problem: 'JWT signature verification failed',
      });
    } finally {
      await fresh.close();
    }
  });

  it('refuses a sign-in whose client assertion (private_key_jwt) is signed by a key the provider does not hold', async () => {
    await linkKari();
    const staff = provider.settings('staff', PLATFORM_ORIGIN);
    const forger = await testApp(store, {
      oidc: [{ ...staff, clientAuth: { method: 'private_key_jwt', privateKey: clientPrivateKey() } }],
    });
    try {
      const event = await expectRefused(
        await arrive(forger, await walkProvider(forger, 'staff', 'helseid-kari')),
        'code_refused',
      );
      expect(event.details).toMatchObject({ method: 'oidc_staff', check: 'invalid_client' });
      expect(await countRows(store, 'user_session')).toBe(0);
    } finally {
      await forger.close();
    }
  });

  it('refuses and audits a staff subject linked to no account', async () => {
    await linkKari();
    const event = await expectRefused(
      await arrive(app, await walkProvider(app, 'staff', 'helseid-stranger')),
      'unknown_subject',
    );
    expect(event).toMatchObject({
      subject_id: 'helseid-stranger',
      details: { method: 'oidc_staff', issuer: provider.issuer, subject: 'helseid-stranger' },
    });
  });

  it('refuses and audits a person whose identity number is in no record, without logging the number', async () => {
    const stranger = syntheticFnr(new Date(Date.UTC(1988, 4, 17)));
    provider.accounts.set('idporten-stranger', { pid: stranger });
    const before = await countRows(store, 'audit_event');
    const event = await expectRefused(
      await arrive(app, await walkProvider(app, 'participant', 'idporten-stranger')),
      'unknown_subject',
    );
    expect(event.subject_id).toBe('idporten-stranger');
    expect(JSON.stringify(event)).not.toContain(stranger);
    expect(await countRows(store, 'audit_event')).toBe(before + 1);
  });

  it('signs out of the platform and names the provider’s own sign-out', async () => {
    await linkKari();
    const cookie = sessionCookieOf(await arrive(app, await walkProvider(app, 'staff', 'helseid-kari')));
    const csrfToken = (await whoAmI(cookie)).json().csrfToken;
    const res = await app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(res.statusCode).toBe(200);
    const end = new URL(res.json().endSessionUrl);
    expect(end.origin).toBe(provider.issuer);
    expect(end.searchParams.get('id_token_hint')).toBeTruthy();
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${PLATFORM_ORIGIN}/logg-inn`);
    expect(await countRows(store, 'user_session')).toBe(0);
    expect((await whoAmI(cookie)).statusCode).toBe(401);
  });

  it('lists the providers, and with local sign-in switched off refuses a password', async () => {
    const closed = await appWithProviders(store, { localLogin: false });
    try {
      const providers = await closed.inject({ method: 'GET', url: '/api/auth/providers' });
      expect(providers.json()).toEqual({
        localLogin: false,
        providers: [
          { population: 'staff', name: 'HelseID' },
          { population: 'participant', name: 'ID-porten' },
        ],
      });
      const login = await closed.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username: 'kari.jobb', password: 'demo-passord-2026' },
      });
      expect(login.statusCode).toBe(403);
      expect(await countRows(store, 'user_session')).toBe(0);
    } finally {
      await closed.close();
    }
  });
});
