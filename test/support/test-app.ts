import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import type { Store } from '../../src/db/store.ts';
import { syntheticFnr } from '../../src/domain/fnr.ts';
import { type AppOptions, buildApp } from '../../src/server/app.ts';
import { daysFromToday } from './clock.ts';
import { resetStore } from './test-store.ts';

export const TEST_SECRET = 'test-session-secret-of-at-least-32-chars';

export type TestApp = Awaited<ReturnType<typeof buildApp>>;

/**
 * The frame of an integration test file: one app over the worker's database, which is reset and
 * re-seeded with the demo programme before each test. `use` receives both once they exist.
 */
export function useSeededApp(use: (store: Store, app: TestApp) => void) {
  let app: TestApp | undefined;
  beforeAll(async () => {
    const store = await resetStore();
    app = await testApp(store);
    use(store, app);
  });
  afterAll(() => app?.close());
  beforeEach(async () => {
    await resetStore();
  });
}

/** The app over `store`, as a test configures it; `options` adds what a test needs (the register, say). */
export async function testApp(store: Store, options: Partial<AppOptions> = {}): Promise<TestApp> {
  const app = await buildApp({
    store,
    sessionSecret: TEST_SECRET,
    secureCookies: false,
    identityNumbers: 'synthetic',
    ...options,
  });
  await app.ready();
  return app;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A signed-in caller: sends the session cookie and (unless told not to) the CSRF header. */
export interface Caller {
  cookie: string;
  csrfToken: string;
  request(
    method: Method,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

export async function signIn(app: TestApp, username: string, password = DEMO_PASSWORD): Promise<Caller> {
  const res = await app.inject({ method: 'POST', url: '/api/session', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'ips_session');
  if (!cookie) throw new Error('no session cookie');
  const csrfToken = res.json().csrfToken as string;
  const cookieHeader = `ips_session=${cookie.value}`;
  return {
    cookie: cookieHeader,
    csrfToken,
    request: (method, url, body, headers = {}) => {
      const options: InjectOptions = {
        method,
        url,
        headers: { cookie: cookieHeader, 'x-csrf-token': csrfToken, ...headers },
        ...(body !== undefined ? { payload: body as InjectOptions['payload'] } : {}),
      };
      return app.inject(options);
    },
  };
}

export async function idOfUser(store: Store, username: string): Promise<string> {
  const row = await store.db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The first participant (by name) assigned to a demo job specialist, optionally one without any consent. */
export async function participantOf(store: Store, username: string, { withoutConsent = false } = {}) {
  return store.db
    .selectFrom('participant as p')
    .innerJoin('app_user as u', 'u.id', 'p.job_specialist_id')
    .selectAll('p')
    .where('u.username', '=', username)
    .$if(withoutConsent, (q) =>
      q.where((eb) =>
        eb.not(
          eb.exists(eb.selectFrom('consent as c').select('c.id').whereRef('c.participant_id', '=', 'p.id')),
        ),
      ),
    )
    .orderBy('p.family_name')
    .orderBy('p.id')
    .limit(1)
    .executeTakeFirstOrThrow();
}

export async function countRows(store: Store, table: 'participant' | 'audit_event' | 'user_session') {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A complete, valid referral to the demo programme by Kari's NAV office, assigned to Kari. */
export async function validReferral(store: Store, overrides: Record<string, unknown> = {}) {
  const org = await store.db
    .selectFrom('organisation')
    .select('id')
    .where('name', '=', 'NAV Bodø')
    .executeTakeFirstOrThrow();
  return {
    fnr: syntheticFnr(new Date(Date.UTC(1994, 2, 14))),
    givenName: 'Liv',
    familyName: 'Testesen',
    referralDate: daysFromToday(-14),
    referralSource: 'self',
    referringOrganisationId: org.id,
    jobSpecialistId: await idOfUser(store, 'kari.jobb'),
    ...overrides,
  };
}
