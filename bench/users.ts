import { parseArgs } from 'node:util';
import { type Db, openDatabase } from '../src/db/database.ts';
import { freshSchema, serverVersion } from './lib/db.ts';
import { benchBackendsCpuMs, cpuMsBetween } from './lib/proc-cpu.ts';
import { codeState, describeCode, machine, resultsLabel, round, table, writeResults } from './lib/results.ts';
import { type ServerChild, startServer } from './lib/server-child.ts';
import {
  MIX_TEXT,
  type Row,
  type Sample,
  type Session,
  STAFF,
  SUPERVISOR,
  signIn,
  signInStaff,
  summarise,
  user,
} from './lib/simulated-users.ts';

export const description = 'signed-in users on PostgreSQL, each with its own session: p50/p99/errors';
export const usage = `users [--users 100] [--duration 60] [--think 2000] [--label run] [--profile]
  (~1.5 min + seeding). Each user signs in (its own session), then loops: one request, think
  0–--think ms. --profile writes a CPU profile of the server over the measured window to
  bench/.tmp/profiles/.`;

const WARM_UP_MS = 3000;
/** The bar of the issue: 100 users for 60 s, p99 under this, no errors. */
const P99_BAR_MS = 200;

export async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      users: { type: 'string', default: '100' },
      duration: { type: 'string', default: '60' },
      think: { type: 'string', default: '2000' },
      label: { type: 'string' },
      profile: { type: 'boolean', default: false },
    },
  });
  const users = Number(values.users);
  const seconds = Number(values.duration);
  const thinkMs = Number(values.think);
  const host = machine();
  const url = await freshSchema('ips_bench_users');
  const postgres = await serverVersion(url);
  // Seeds the empty schema with the demo programme, as a first start would.
  const server = await startServer('app', { BENCH_SERVER_DATABASE_URL: url });
  // Its own connection only reads pg_stat_activity, to find the server's backends.
  const watcher = await openDatabase({ kind: 'postgres', url, poolSize: 1 });
  const code = codeState();
  try {
    const sessions = await signInAll(server.url, users);
    const warm: Sample[] = [];
    await Promise.all(
      sessions.map((s) => user(server.url, s, performance.now() + WARM_UP_MS, thinkMs, warm)),
    );
    const profile = `bench/.tmp/profiles/users-${values.label ?? Date.now()}.cpuprofile`;
    if (values.profile) await server.startProfile();
    const cpuBefore = await cpuNow(server, watcher.db);
    const samples: Sample[] = [];
    const until = performance.now() + seconds * 1000;
    await Promise.all(sessions.map((s) => user(server.url, s, until, thinkMs, samples)));
    const cpu = cpuSince(cpuBefore, await cpuNow(server, watcher.db), seconds, samples.length);
    if (values.profile) await server.stopProfile(profile);
    const rows = summarise(samples, seconds);
    const md = report({ users, seconds, thinkMs, host, code, postgres, rows, cpu, label: values.label });
    console.log(md);
    if (values.profile) console.log(`CPU profile: ${profile}`);
    const json = { label: values.label, users, seconds, thinkMs, machine: host, postgres, code, rows, cpu };
    for (const path of writeResults('users', json, md, resultsLabel(values.label)))
      console.log(`wrote ${path}`);
  } finally {
    await server.stop();
    await watcher.close();
  }
}

type CpuSnapshot = { server: number; backends: Map<number, number> };

async function cpuNow(server: ServerChild, db: Db): Promise<CpuSnapshot> {
  const { cpu } = await server.stats();
  return { server: (cpu.user + cpu.system) / 1000, backends: await benchBackendsCpuMs(db) };
}

/** Where the window's CPU went: the server process and its PostgreSQL backends, per request and as cores. */
function cpuSince(before: CpuSnapshot, after: CpuSnapshot, seconds: number, requests: number) {
  const server = after.server - before.server;
  const backends = cpuMsBetween(before.backends, after.backends);
  return {
    serverMsPerRequest: round(server / requests),
    postgresMsPerRequest: round(backends / requests),
    serverCores: round(server / 1000 / seconds),
    postgresCores: round(backends / 1000 / seconds),
  };
}

/** One session per user (sign-in is argon2 work, done before the measurement), spread over the staff. */
async function signInAll(url: string, users: number): Promise<[Session, Session][]> {
  const supervisor = await signIn(url, SUPERVISOR);
  const sessions: [Session, Session][] = [];
  for (let i = 0; i < users; i++)
    sessions.push([await signInStaff(url, STAFF[i % STAFF.length] as string), supervisor]);
  return sessions;
}

function report(r: {
  users: number;
  seconds: number;
  thinkMs: number;
  host: ReturnType<typeof machine>;
  code: ReturnType<typeof codeState>;
  postgres: string;
  rows: Row[];
  cpu: ReturnType<typeof cpuSince>;
  label: string | undefined;
}): string {
  const all = r.rows[0] as Row;
  const verdict =
    all.errors === 0 && all.p99 < P99_BAR_MS
      ? `**Met**: p99 ${all.p99} ms < ${P99_BAR_MS} ms and no errors.`
      : `**Not met**: p99 ${all.p99} ms (bar ${P99_BAR_MS} ms), ${all.errors} errors.`;
  return [
    `# users${r.label ? ` (${r.label})` : ''}`,
    '',
    `${r.users} simulated users, each signed in with its own session, each: request, think 0–${r.thinkMs} ms,`,
    `repeat (about ${Math.round((r.users * 1000) / (r.thinkMs / 2))} requests/s offered at zero latency); ${r.seconds} s measured after`,
    `${WARM_UP_MS / 1000} s of warm-up. ${MIX_TEXT}.`,
    `Server: bench/servers/app.ts (the app as main.ts builds it, audit sealer running) on PostgreSQL ${r.postgres},`,
    `schema ips_bench_users, demo-seeded at start; load generator, server and PostgreSQL share the machine.`,
    `${describeCode(r.code)}. Machine: ${r.host.cpus} CPUs, load ${r.host.loadAverage1m} at start.`,
    '',
    table(
      ['requests', 'count', 'errors', 'per s', 'p50 ms', 'p99 ms', 'max ms'],
      r.rows.map((x) => [x.name, x.requests, x.errors, x.perSecond, x.p50, x.p99, x.max]),
    ),
    '',
    `CPU over the window: the server ${r.cpu.serverMsPerRequest} ms per request (${r.cpu.serverCores} of a core),`,
    `its PostgreSQL backends ${r.cpu.postgresMsPerRequest} ms per request (${r.cpu.postgresCores} of a core).`,
    '',
    verdict,
    '',
  ].join('\n');
}
