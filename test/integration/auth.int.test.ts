import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { countRows, participantOf, signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;

useSeededApp((s, a) => {
  store = s;
  app = a;
});

const login = (username: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/session', payload: { username, password } });

describe(`sign-in and sessions on ${dbKind}`, () => {
  it('signs in with the right password and sets an HttpOnly, SameSite=Strict session cookie', async () => {
    const res = await login('kari.jobb', 'demo-passord-2026');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'ips_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(res.json().user).toMatchObject({
      username: 'kari.jobb',
      role: 'job_specialist',
      programme: { name: 'IPS Salten' },
    });
    const me = await app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: `ips_session=${cookie?.value}` },
    });
    expect(me.json().user.displayName).toBe('Kari Nilsen');
  });

  it('refuses a wrong password with 401 and audits the failed sign-in', async () => {
    const res = await login('kari.jobb', 'wrong-password');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('invalid_credentials');
    const event = await store.db
      .selectFrom('audit_event')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ action: 'login_failed', decision: 'deny', reason: 'invalid_credentials' });
    expect(await countRows(store, 'user_session')).toBe(0);
  });

  it('refuses an unknown username exactly like a wrong password', async () => {
    const res = await login('nobody.here', 'demo-passord-2026');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('invalid_credentials');
  });

  it('rate-limits sign-in with 429 after five failures, even with the right password', async () => {
    for (let i = 0; i < 5; i++) expect((await login('kari.jobb', `wrong-${i}`)).statusCode).toBe(401);
    const res = await login('kari.jobb', 'demo-passord-2026');
    expect(res.statusCode).toBe(429);
    expect(res.json().code).toBe('too_many_attempts');
    expect(await countRows(store, 'user_session')).toBe(0);
  });

  it('signs out: the session is deleted and the old cookie no longer works', async () => {
    const kari = await signIn(app, 'kari.jobb');
    expect((await kari.request('DELETE', '/api/session')).statusCode).toBe(204);
    expect(await countRows(store, 'user_session')).toBe(0);
    const after = await kari.request('GET', '/api/participants');
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('unauthenticated');
  });

  it('refuses an expired session with 401', async () => {
    const kari = await signIn(app, 'kari.jobb');
    await store.db
      .updateTable('user_session')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    expect((await kari.request('GET', '/api/participants')).statusCode).toBe(401);
  });

  it('refuses a session idle for more than an hour with 401', async () => {
    const kari = await signIn(app, 'kari.jobb');
    await store.db
      .updateTable('user_session')
      .set({ last_seen_at: new Date(Date.now() - 2 * 60 * 60 * 1000) })
      .execute();
    expect((await kari.request('GET', '/api/participants')).statusCode).toBe(401);
  });

  it('refuses a state change without the CSRF token, and with a forged one, writing nothing', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const p = await participantOf(store, 'kari.jobb');
    const missing = await app.inject({
      method: 'PATCH',
      url: `/api/participants/${p.id}`,
      headers: { cookie: kari.cookie },
      payload: { familyName: 'Endret', version: 1 },
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().code).toBe('csrf_failed');
    const forged = await kari.request(
      'PATCH',
      `/api/participants/${p.id}`,
      { familyName: 'Endret', version: 1 },
      {
        'x-csrf-token': 'forged-token',
      },
    );
    expect(forged.statusCode).toBe(403);
    const row = await store.db
      .selectFrom('participant')
      .select(['family_name', 'version'])
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ family_name: p.family_name, version: 1 });
  });

  it("refuses another session's CSRF token", async () => {
    const kari = await signIn(app, 'kari.jobb');
    const marit = await signIn(app, 'marit.leder');
    const p = await participantOf(store, 'kari.jobb');
    const res = await kari.request(
      'PATCH',
      `/api/participants/${p.id}`,
      { familyName: 'X', version: 1 },
      {
        'x-csrf-token': marit.csrfToken,
      },
    );
    expect(res.statusCode).toBe(403);
  });
});

describe(`routes without a session on ${dbKind}`, () => {
  /** The routes whose config says anyone may call them: sign-in, health, the survey's personal link. */
  const OPEN = [
    'GET /api/auth/oidc/{population}/callback',
    'GET /api/auth/oidc/{population}/start',
    'GET /api/auth/providers',
    'GET /api/health',
    'GET /api/survey-links/{token}',
    'POST /api/session',
    'POST /api/survey-links/{token}/response',
  ];

  it('answers without a session only the routes flagged so, and 401 on every other documented route', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const open: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths as Record<string, object>)) {
      const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      for (const method of Object.keys(methods)) {
        const res = await app.inject({ method: method.toUpperCase() as 'GET', url });
        if (res.statusCode !== 401) open.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(open.sort()).toEqual(OPEN);
    const docs = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).not.toBe(401);
  });
});
