import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD } from '../src/db/seed/demo-data.ts';
import { codeState, describeCode, machine, percentile, round, table, writeResults } from './lib/results.ts';
import { startServer } from './lib/server-child.ts';

export const description = '100 concurrent users on the embedded database (PGlite): wait p50/p99/max';
export const usage =
  'pglite-users [--users 100] [--duration 20] [--think 100] [--label after]   (~1 min + seeding)';

/** Demo staff the simulated users sign in as (several sessions each), with their own caseloads. */
const STAFF = ['kari.jobb', 'jonas.jobb', 'sara.jobb'];
/** The supervisor's overview decides and audits every participant of the programme: many statements. */
const SUPERVISOR = 'marit.leder';

interface Session {
  cookie: string;
  csrf: string;
  participants: string[];
}

type Action = 'read participant' | 'caseload' | 'add note' | 'supervisor overview';
interface Sample {
  action: Action;
  ms: number;
  status: number;
}

async function signIn(url: string, username: string): Promise<Session> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('ips_session='));
  if (!response.ok || !cookie) throw new Error(`sign-in of ${username} failed: ${response.status}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const session = { cookie: cookie.split(';')[0] as string, csrf: csrfToken, participants: [] as string[] };
  const caseload = (await (
    await fetch(`${url}/api/caseload`, { headers: { cookie: session.cookie } })
  ).json()) as {
    rows: { id: string }[];
  };
  session.participants = caseload.rows.map((r) => r.id);
  return session;
}

/** One request of a simulated user: mostly reads of a record, some caseload pages, some notes. */
async function act(url: string, s: Session, supervisor: Session, n: number): Promise<Sample> {
  const participant = s.participants[n % s.participants.length] as string;
  const roll = Math.random();
  const action: Action =
    roll < 0.55
      ? 'read participant'
      : roll < 0.7
        ? 'caseload'
        : roll < 0.9
          ? 'add note'
          : 'supervisor overview';
  const started = performance.now();
  const [target, init] = request(url, s, supervisor, action, participant, n);
  const response = await fetch(target, init);
  await response.arrayBuffer();
  return { action, ms: performance.now() - started, status: response.status };
}

function request(
  url: string,
  s: Session,
  supervisor: Session,
  action: Action,
  participant: string,
  n: number,
): [string, RequestInit] {
  const read = (path: string, who: Session): [string, RequestInit] => [
    `${url}${path}`,
    { headers: { cookie: who.cookie } },
  ];
  if (action === 'read participant') return read(`/api/participants/${participant}`, s);
  if (action === 'caseload') return read('/api/caseload', s);
  if (action === 'supervisor overview') return read('/api/caseload/overview', supervisor);
  return [
    `${url}/api/participants/${participant}/notes`,
    {
      method: 'POST',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ category: 'job_plan', body: `Bench note ${n}` }),
    },
  ];
}

async function user(
  url: string,
  [s, supervisor]: [Session, Session],
  until: number,
  thinkMs: number,
  out: Sample[],
) {
  // Users do not all start in the same millisecond.
  await new Promise((r) => setTimeout(r, Math.random() * thinkMs));
  for (let n = 0; performance.now() < until; n++) {
    out.push(await act(url, s, supervisor, n));
    await new Promise((r) => setTimeout(r, Math.random() * thinkMs));
  }
}

function summarise(samples: Sample[], seconds: number) {
  const row = (name: string, xs: Sample[]) => {
    const ms = xs.map((x) => x.ms);
    return {
      name,
      requests: xs.length,
      perSecond: round(xs.length / seconds, 1),
      p50: round(percentile(ms, 50)),
      p99: round(percentile(ms, 99)),
      max: round(Math.max(...ms)),
    };
  };
  const actions: Action[] = ['read participant', 'caseload', 'add note', 'supervisor overview'];
  return [
    row('all', samples),
    ...actions.map((a) =>
      row(
        a,
        samples.filter((s) => s.action === a),
      ),
    ),
  ];
}

export async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      users: { type: 'string', default: '100' },
      duration: { type: 'string', default: '20' },
      think: { type: 'string', default: '100' },
      label: { type: 'string', default: 'run' },
    },
  });
  const users = Number(values.users);
  const seconds = Number(values.duration);
  const thinkMs = Number(values.think);
  const host = machine();
  const dataDir = mkdtempSync(join(tmpdir(), 'ips-bench-pglite-'));
  const server = await startServer('app', { BENCH_SERVER_DATA_DIR: dataDir });
  const code = codeState();
  try {
    // Sign-in is argon2 work, not the queue under test: the users share one session per staff member.
    const staff: Session[] = [];
    for (const username of STAFF) staff.push(await signIn(server.url, username));
    if (staff.some((s) => s.participants.length === 0)) throw new Error('a job specialist has no caseload');
    const supervisor = await signIn(server.url, SUPERVISOR);
    const sessions = Array.from(
      { length: users },
      (_, i) => [staff[i % staff.length], supervisor] as [Session, Session],
    );
    const warm: Sample[] = [];
    await Promise.all(sessions.map((s) => user(server.url, s, performance.now() + 3000, thinkMs, warm)));
    const samples: Sample[] = [];
    const until = performance.now() + seconds * 1000;
    await Promise.all(sessions.map((s) => user(server.url, s, until, thinkMs, samples)));
    const failed = samples.filter((s) => s.status >= 400);
    if (failed.length > 0)
      throw new Error(`${failed.length} requests failed, e.g. ${JSON.stringify(failed[0])}`);
    const rows = summarise(samples, seconds);
    const md = [
      `# pglite-users (${values.label})`,
      '',
      `${users} simulated users, each: request, think 0–${thinkMs} ms, repeat; ${seconds} s measured after 3 s`,
      'of warm-up. 55 % read a participant, 15 % the caseload page, 20 % add a note (a write), 10 % the',
      "supervisor's overview (many statements: every participant of the programme decided and audited).",
      `Server: bench/servers/app.ts on PGlite in a fresh data directory. ${describeCode(code)}.`,
      `Machine: ${host.cpus} CPUs, load ${host.loadAverage1m} at start.`,
      '',
      table(
        ['requests', 'count', 'per s', 'p50 ms', 'p99 ms', 'max ms'],
        rows.map((r) => [r.name, r.requests, r.perSecond, r.p50, r.p99, r.max]),
      ),
      '',
    ].join('\n');
    console.log(md);
    const json = { label: values.label, users, seconds, thinkMs, machine: host, code, rows };
    for (const path of writeResults(`pglite-users-${values.label}`, json, md)) console.log(`wrote ${path}`);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
