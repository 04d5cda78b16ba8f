import autocannon from 'autocannon';
import { sql } from 'kysely';
import { openStore } from '../../src/db/open-store.ts';
import { seedDemo } from '../../src/db/seed/demo.ts';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import type { Store } from '../../src/db/store.ts';
import { hashPassword } from '../../src/server/auth/passwords.ts';
import { freshSchema } from './db.ts';
import { type ServerChild, startServer } from './server-child.ts';

const SCHEMA = 'ips_bench';
const SPECIALIST = 'kari.jobb';
/** A user of another organisation (NAV Bodø), who reaches Ingrid's record only through her consent. */
const NAV_ADVISER = 'anne.nav';
const CONSENTING_PARTICIPANT = 'ingrid.deltaker';
/** What Ingrid's consent does not give NAV: (c) must answer with these withheld, or it is not the consent path. */
const WITHHELD_FOR_ADVISER = ['work_health', 'team_discussion'];

export interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
  /** The process answering, for its CPU time (api-read's variants). */
  server?: ServerChild;
}

export interface Fixture {
  /** The bench schema's URL, for starting further servers on it. */
  url: string;
  /** The parent's own view of the bench schema, for counting audit events and verifying the chain. */
  store: Store;
  servers: { baseline: ServerChild; app: ServerChild };
  a: Target;
  b: Target;
  /** The consent-checked read: anne.nav (NAV Bodø) reads Ingrid, whose consent names NAV Bodø / nav_adviser. */
  c: Target;
  /** (b) on the app of another checkout (`baselineRoot`), on the same schema; null without one. */
  bBase: Target | null;
  close(): Promise<void>;
}

/**
 * A fresh, migrated, demo-seeded bench schema, both servers running on it, a signed-in specialist
 * and a signed-in NAV adviser.
 */
export async function setUpApiFixture(
  childEnv: Record<string, string> = {},
  baselineRoot?: string,
): Promise<Fixture> {
  const url = await freshSchema(SCHEMA);
  const store = await openStore({ kind: 'postgres', url, poolSize: 2 }, (e) => console.error(e));
  await seedDemo(store, hashPassword);
  await store.sealer.flush();
  const { id } = await store.db
    .selectFrom('participant as p')
    .innerJoin('app_user as u', 'u.id', 'p.job_specialist_id')
    .select('p.id')
    .where('u.username', '=', SPECIALIST)
    .orderBy('p.id')
    .executeTakeFirstOrThrow();
  const consenting = await consentingParticipant(store);
  const env = { ...childEnv, BENCH_SERVER_DATABASE_URL: url };
  const baseline = await startServer('baseline', env);
  const app = await startServer('app', env);
  const base = baselineRoot ? await startServer('app', env, baselineRoot) : null;
  const a = {
    name: 'a: bare Fastify + pg',
    url: `${baseline.url}/participants/${id}`,
    headers: {},
    server: baseline,
  };
  const b = {
    name: 'b: IPS app (session, policy, audit)',
    url: `${app.url}/api/participants/${id}`,
    headers: { cookie: await signIn(app.url, SPECIALIST) },
    server: app,
  };
  const c = {
    name: 'c: IPS app, consent-checked (other organisation)',
    url: `${app.url}/api/participants/${consenting}`,
    headers: { cookie: await signIn(app.url, NAV_ADVISER) },
    server: app,
  };
  const bBase = base && {
    name: 'b at the baseline',
    url: `${base.url}/api/participants/${id}`,
    headers: { cookie: await signIn(base.url, SPECIALIST) },
    server: base,
  };
  for (const t of [a, b, ...(bBase ? [bBase] : [])]) await expectJson(t, id);
  const record = await expectJson(c, consenting);
  const withheld = (record.withheld ?? []).map((w) => w.category);
  if (!WITHHELD_FOR_ADVISER.every((w) => withheld.includes(w))) {
    throw new Error(`${c.name}: expected ${WITHHELD_FOR_ADVISER.join(', ')} withheld, got ${withheld}`);
  }
  return {
    url,
    store,
    servers: { baseline, app },
    a,
    b,
    c,
    bBase,
    close: async () => {
      await Promise.all([baseline.stop(), app.stop(), base?.stop()]);
      await store.close();
    },
  };
}

/**
 * Ingrid's participant id, after checking that a current consent of hers names NAV Bodø as
 * nav_adviser: without it (c) would measure a refusal, not a consent-checked read.
 */
async function consentingParticipant(store: Store): Promise<string> {
  const { participant_id: id, organisation_id: navId } = await store.db
    .selectFrom('app_user as p')
    .innerJoin('app_user as n', (j) => j.on('n.username', '=', NAV_ADVISER))
    .select(['p.participant_id', 'n.organisation_id'])
    .where('p.username', '=', CONSENTING_PARTICIPANT)
    .executeTakeFirstOrThrow();
  if (!id) throw new Error(`${CONSENTING_PARTICIPANT} is not linked to a participant`);
  const consent = await store.db
    .selectFrom('consent_current')
    .select('id')
    .where('participant_id', '=', id)
    .where('status', '=', 'active')
    .where(
      'recipients',
      '@>',
      sql<never>`cast(${JSON.stringify([{ organisationId: navId, role: 'nav_adviser' }])} as jsonb)`,
    )
    .executeTakeFirst();
  if (!consent)
    throw new Error(`no active consent of ${CONSENTING_PARTICIPANT} names ${NAV_ADVISER}'s office`);
  return id;
}

/** Signs a demo user in; returns the session cookie (name=value) to send with each request. */
export async function signIn(base: string, username: string): Promise<string> {
  const response = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('ips_session='));
  if (!response.ok || !cookie) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return cookie.split(';')[0] as string;
}

interface RecordBody {
  id?: string;
  withheld?: { category: string }[];
}

/** Every variant must really return the participant, or the comparison means nothing. */
async function expectJson(target: Target, id: string): Promise<RecordBody> {
  const response = await fetch(target.url, { headers: target.headers });
  const body = (await response.json()) as RecordBody;
  if (response.status !== 200 || body.id !== id) {
    throw new Error(
      `${target.name}: expected participant ${id}, got ${response.status} ${JSON.stringify(body)}`,
    );
  }
  return body;
}

/** One autocannon run; any error or non-2xx answer fails the bench rather than flattering it. */
export async function load(target: Target, seconds: number, connections: number) {
  const result = await autocannon({
    url: target.url,
    headers: target.headers,
    connections,
    duration: seconds,
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${target.name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  }
  return result;
}

export async function readEvents(store: Store): Promise<number> {
  const { n } = await store.db
    .selectFrom('audit_event')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('action', '=', 'read')
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** Waits for the app's sealer to chain everything queued, so no sealing spills into the next run. */
export async function drainAudit(store: Store, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { n } = await store.db
      .selectFrom('audit_pending')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(n) === 0) return;
    if (Date.now() > deadline) throw new Error(`${n} audit events still unsealed after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
