import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import type { Store } from '../../src/db/store.ts';
import { type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;

useSeededApp((s, a) => {
  store = s;
  app = a;
});

const ATTACKER = '203.0.113.66';
const OWNER = '198.51.100.7';

const login = (password: string, source: string, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { username: 'kari.jobb', password },
    remoteAddress: source,
    headers,
  });

/** Sign-in events by reason: each `invalid_credentials` is one password that was checked. */
async function signInEvents() {
  const rows = await store.db
    .selectFrom('audit_event')
    .select(['reason', (eb) => eb.fn.countAll<number>().as('n')])
    .where('action', '=', 'login_failed')
    .groupBy('reason')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.reason, Number(r.n)]));
}

/** Moves every recorded attempt into the past, as if that much time had gone by. */
async function letTimePass(seconds: number) {
  await sql`update login_attempt set attempted_at = attempted_at - make_interval(secs => ${seconds})`.execute(
    store.db,
  );
}

describe(`sign-in throttling on ${dbKind}`, () => {
  it('checks at most five of 30 concurrent wrong passwords from one source and refuses the rest unchecked', async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => login(`wrong-${i}`, ATTACKER)));
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25);
    expect(await signInEvents()).toEqual({ invalid_credentials: 5, too_many_attempts: 25 });
    const recorded = await store.db.selectFrom('login_attempt').select(['ip', 'succeeded']).execute();
    expect(recorded).toEqual(Array.from({ length: 5 }, () => ({ ip: ATTACKER, succeeded: false })));
  });

  it("lets the owner sign in from another source while the attacker's source is throttled", async () => {
    for (let i = 0; i < 5; i++) expect((await login(`wrong-${i}`, ATTACKER)).statusCode).toBe(401);
    expect((await login(DEMO_PASSWORD, ATTACKER)).statusCode).toBe(429);
    const owner = await login(DEMO_PASSWORD, OWNER);
    expect(owner.statusCode).toBe(200);
    expect(owner.cookies.some((c) => c.name === 'ips_session')).toBe(true);
  });

  it('does not trust X-Forwarded-For: a forged header does not give the attacker a new source', async () => {
    for (let i = 0; i < 5; i++) expect((await login(`wrong-${i}`, ATTACKER)).statusCode).toBe(401);
    const forged = await login('wrong-again', ATTACKER, { 'x-forwarded-for': OWNER });
    expect(forged.statusCode).toBe(429);
  });

  it('makes each source wait longer after every further failure, and says how long', async () => {
    for (let i = 0; i < 5; i++) expect((await login(`wrong-${i}`, ATTACKER)).statusCode).toBe(401);
    const first = await login('wrong-5', ATTACKER);
    expect(first.statusCode).toBe(429);
    expect(Number(first.headers['retry-after'])).toBe(60);

    await letTimePass(61);
    expect((await login('wrong-6', ATTACKER)).statusCode).toBe(401);
    const second = await login('wrong-7', ATTACKER);
    expect(second.statusCode).toBe(429);
    expect(Number(second.headers['retry-after'])).toBe(120);

    await letTimePass(61);
    expect((await login(DEMO_PASSWORD, ATTACKER)).statusCode).toBe(429);
    await letTimePass(60);
    expect((await login(DEMO_PASSWORD, ATTACKER)).statusCode).toBe(200);
  });

  it("stops every new source at the account's ceiling, but not a source the owner signed in from before", async () => {
    expect((await login(DEMO_PASSWORD, OWNER)).statusCode).toBe(200);
    await letTimePass(24 * 60 * 60);
    // A distributed attack: 100 failures from 25 sources within the quarter hour.
    await store.db
      .insertInto('login_attempt')
      .values(
        Array.from({ length: 100 }, (_, i) => ({
          username: 'kari.jobb',
          ip: `192.0.2.${i % 25}`,
          succeeded: false,
        })),
      )
      .execute();
    const fresh = await login(DEMO_PASSWORD, '192.0.2.200');
    expect(fresh.statusCode).toBe(429);
    expect((await login(DEMO_PASSWORD, OWNER)).statusCode).toBe(200);
  });
});
