import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { codeState, describeCode, machine, resultsLabel, table, writeResults } from './lib/results.ts';
import { startServer } from './lib/server-child.ts';
import {
  type Sample,
  type Session,
  STAFF,
  SUPERVISOR,
  signIn,
  signInStaff,
  summarise,
  user,
} from './lib/simulated-users.ts';

export const description = '100 concurrent users on the embedded database (PGlite): wait p50/p99/max';
export const usage =
  'pglite-users [--users 100] [--duration 20] [--think 100] [--label after]   (~1 min + seeding)';

export async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      users: { type: 'string', default: '100' },
      duration: { type: 'string', default: '20' },
      think: { type: 'string', default: '100' },
      label: { type: 'string' },
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
    for (const username of STAFF) staff.push(await signInStaff(server.url, username));
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
    const failed = samples.filter((s) => s.status === 0 || s.status >= 400);
    if (failed.length > 0)
      throw new Error(`${failed.length} requests failed, e.g. ${JSON.stringify(failed[0])}`);
    const rows = summarise(samples, seconds);
    const md = [
      `# pglite-users${values.label ? ` (${values.label})` : ''}`,
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
    for (const path of writeResults('pglite-users', json, md, resultsLabel(values.label))) {
      console.log(`wrote ${path}`);
    }
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
