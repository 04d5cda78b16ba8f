import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { verifyAuditChain } from '../../src/db/audit/verify.ts';
import { openDatabase } from '../../src/db/database.ts';
import { openStore } from '../../src/db/open-store.ts';
import { seedDemo } from '../../src/db/seed/demo.ts';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import type { Store } from '../../src/db/store.ts';
import { hashPassword } from '../../src/server/auth/passwords.ts';
import { type ServerProcess, startServerProcessOnPostgres } from '../support/server-process.ts';
import { idOfUser } from '../support/test-app.ts';
import { dbKind, urlWithSchema, workerSchema } from '../support/test-store.ts';

/** Two real server processes, as two replicas behind a load balancer, on one PostgreSQL schema. */
let a: ServerProcess;
let b: ServerProcess;
let store: Store;
let dataDir = '';

interface Session {
  cookie: string;
  csrf: string;
}

async function signIn(server: ServerProcess, username: string): Promise<Session> {
  const response = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('ips_session='));
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie: (cookie as string).split(';')[0] as string, csrf: csrfToken };
}

function send(server: ServerProcess, session: Session, method: string, path: string, body?: unknown) {
  return fetch(`${server.url}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function caseload(server: ServerProcess, session: Session): Promise<string[]> {
  const response = await send(server, session, 'GET', '/api/caseload');
  expect(response.status).toBe(200);
  return ((await response.json()) as { rows: { id: string }[] }).rows.map((r) => r.id);
}

/** Participant reads audited so far by `userId`'s sessions. */
async function readEvents(userId: string): Promise<number> {
  const row = await store.db
    .selectFrom('audit_event')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('actor_user_id', '=', userId)
    .where('action', '=', 'read')
    .where('subject_type', '=', 'participant')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Both processes' sealers chain what they wrote; waits until nothing is left to chain. */
async function untilSealed() {
  for (let i = 0; i < 100; i++) {
    const row = await store.db
      .selectFrom('audit_pending')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(row.n) === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('audit events stayed unsealed for 10 s');
}

describe.runIf(dbKind === 'postgres')('two server processes on one PostgreSQL', () => {
  beforeAll(async () => {
    const schema = workerSchema('_two');
    const admin = await openDatabase({ kind: 'postgres', url: inject('postgresUrl'), poolSize: 1 });
    await admin.exec(`drop schema if exists ${schema} cascade; create schema ${schema};`);
    await admin.close();
    const url = urlWithSchema(inject('postgresUrl'), schema);
    dataDir = mkdtempSync(join(tmpdir(), 'ips-two-processes-'));
    const env = { IPS_SESSION_SECRET: 'two-replicas-share-this-secret-of-32+chars', IPS_DEMO_SEED: 'never' };
    // Started together on an empty schema, as replicas are on a first deployment: both migrate.
    [a, b] = await Promise.all([
      startServerProcessOnPostgres(url, join(dataDir, 'a'), env),
      startServerProcessOnPostgres(url, join(dataDir, 'b'), env),
    ]);
    store = await openStore({ kind: 'postgres', url, poolSize: 2 }, (e) => console.error(e));
    await seedDemo(store, hashPassword);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await store?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves a session made by one process on the other', async () => {
    const kari = await signIn(a, 'kari.jobb');
    const onA = await caseload(a, kari);
    expect(onA.length).toBeGreaterThan(0);
    expect(await caseload(b, kari)).toEqual(onA);
  });

  it('refuses a signed-out session on the other process at its next request', async () => {
    for (const [signedInOn, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const jonas = await signIn(signedInOn, 'jonas.jobb');
      const [participant] = await caseload(other, jonas);
      // Read twice, so the other process answers the second from the session it keeps.
      for (let i = 0; i < 2; i++) {
        expect((await send(other, jonas, 'GET', `/api/participants/${participant}`)).status).toBe(200);
      }
      expect((await send(signedInOn, jonas, 'DELETE', '/api/session')).status).toBe(204);
      expect((await send(other, jonas, 'GET', `/api/participants/${participant}`)).status).toBe(401);
      expect((await send(other, jonas, 'GET', '/api/session')).status).toBe(401);
      expect((await send(other, jonas, 'GET', '/api/caseload')).status).toBe(401);
    }
  });

  it('refuses on both processes, at their next record read, a user deactivated from outside them', async () => {
    const sara = await signIn(a, 'sara.jobb');
    const [participant] = await caseload(b, sara);
    for (const server of [a, b, a, b]) {
      expect((await send(server, sara, 'GET', `/api/participants/${participant}`)).status).toBe(200);
    }
    await store.db
      .updateTable('app_user')
      .set({ active: false })
      .where('username', '=', 'sara.jobb')
      .execute();
    for (const server of [a, b]) {
      expect((await send(server, sara, 'GET', `/api/participants/${participant}`)).status).toBe(401);
    }
    await store.db
      .updateTable('app_user')
      .set({ active: true })
      .where('username', '=', 'sara.jobb')
      .execute();
  });

  it('answers concurrent writes and reads through both, audits every read and keeps one valid chain', async () => {
    const staff = ['kari.jobb', 'jonas.jobb', 'sara.jobb'];
    const sessions = await Promise.all(staff.map((u, i) => signIn(i % 2 ? b : a, u)));
    const ids = await Promise.all(staff.map((u) => idOfUser(store, u)));
    const participants = await Promise.all(sessions.map((s) => caseload(a, s)));
    const readsBefore = await Promise.all(ids.map(readEvents));
    const marker = `two processes ${Date.now()}`;
    const requests = Array.from({ length: 90 }, (_, i) => {
      const who = i % staff.length;
      const server = i % 2 ? b : a;
      const mine = participants[who] as string[];
      const participant = mine[i % mine.length] as string;
      const write = i % 3 === 0;
      return {
        who,
        write,
        response: write
          ? send(server, sessions[who] as Session, 'POST', `/api/participants/${participant}/notes`, {
              category: 'job_plan',
              body: `${marker} #${i}`,
            })
          : send(server, sessions[who] as Session, 'GET', `/api/participants/${participant}`),
      };
    });
    const statuses = await Promise.all(requests.map(async (r) => (await r.response).status));
    expect(statuses).toEqual(requests.map((r) => (r.write ? 201 : 200)));
    const notes = await store.db
      .selectFrom('case_note')
      .select('id')
      .where('body', 'like', `${marker} #%`)
      .execute();
    expect(notes).toHaveLength(requests.filter((r) => r.write).length);
    // Each answered read's event was committed before its answer, by whichever process answered.
    const readsAfter = await Promise.all(ids.map(readEvents));
    const readsAnswered = ids.map((_, who) => requests.filter((r) => r.who === who && !r.write).length);
    expect(readsAfter.map((n, who) => n - (readsBefore[who] as number))).toEqual(readsAnswered);
    await untilSealed();
    const events = await store.db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(await verifyAuditChain(store.db)).toEqual({ ok: true, sealed: Number(events.n), pending: 0 });
  });

  it('lets exactly one of two processes apply a change made from the same version', async () => {
    const kari = await signIn(a, 'kari.jobb');
    const [participant] = await caseload(a, kari);
    const read = await send(b, kari, 'GET', `/api/participants/${participant}`);
    const { version } = (await read.json()) as { version: number };
    const changes = ['Aslaug', 'Brita'].map((givenName, i) =>
      send(i ? b : a, kari, 'PATCH', `/api/participants/${participant}`, { version, givenName }),
    );
    const statuses = (await Promise.all(changes)).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
  });
});
