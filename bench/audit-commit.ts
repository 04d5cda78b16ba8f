import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { type AuditRow, insertAuditRows } from '../src/db/audit/insert.ts';
import { openStore } from '../src/db/open-store.ts';
import type { Store } from '../src/db/store.ts';
import { benchDatabaseUrl, freshSchema, serverVersion } from './lib/db.ts';
import { processCpuSplitMs } from './lib/proc-cpu.ts';
import { machine, median, resultsLabel, round, table, writeResults } from './lib/results.ts';

export const description =
  'what one durable audit commit costs PostgreSQL (CPU user/kernel, wall), by batch size';
export const usage = `audit-commit [--commits 300] [--rounds 5] [--compare-url <postgres url>] [--label name]
  Autocommit inserts of read events, as the batcher sends them (1, 4 and 10 events per commit), one
  connection, on schema ips_bench_commit. --compare-url runs the same on a second server (e.g. one
  whose WAL is on a RAM disk), so what the disk flush costs is the difference. PostgreSQL CPU is read
  from /proc: only meaningful when the server runs on this machine.`;

const SCHEMA = 'ips_bench_commit';
const BATCHES = [1, 4, 10];
const SETTINGS = ['fsync', 'synchronous_commit', 'wal_sync_method', 'full_page_writes', 'commit_delay'];

const EVENT: AuditRow = {
  actor_user_id: null,
  actor_name: 'Bench Reader',
  actor_organisation_id: null,
  actor_role: 'job_specialist',
  action: 'read',
  subject_type: 'participant',
  subject_id: 'bench',
  participant_id: null,
  programme_id: null,
  purpose: 'ips_follow_up',
  legal_basis: 'bench',
  decision: 'allow',
  reason: 'assigned_job_specialist',
  request_id: 'bench',
  details: { categories: ['job_plan', 'work_health', 'benefit_status', 'team_discussion'], withheld: [] },
};

export async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      commits: { type: 'string', default: '300' },
      rounds: { type: 'string', default: '5' },
      'compare-url': { type: 'string' },
      label: { type: 'string' },
    },
  });
  const label = resultsLabel(values.label);
  const commits = Number(values.commits);
  const rounds = Number(values.rounds);
  const host = machine();
  const servers = [{ name: 'BENCH_DATABASE_URL', url: benchDatabaseUrl() }];
  if (values['compare-url']) servers.push({ name: '--compare-url', url: values['compare-url'] });
  const results = [];
  for (const server of servers) results.push(await measureServer(server, commits, rounds));
  const result = {
    bench: 'audit-commit',
    at: new Date().toISOString(),
    machine: host,
    commits,
    rounds,
    results,
  };
  const markdown = report(result);
  console.log(`\n${markdown}`);
  for (const path of writeResults('audit-commit', result, markdown, label)) console.log(`wrote ${path}`);
}

async function measureServer(server: { name: string; url: string }, commits: number, rounds: number) {
  const previous = process.env.BENCH_DATABASE_URL;
  process.env.BENCH_DATABASE_URL = server.url;
  try {
    const url = await freshSchema(SCHEMA);
    const store = await openStore({ kind: 'postgres', url, poolSize: 1 }, (e) => console.error(e));
    try {
      await store.sealer.stop(); // only the insert's commit is measured
      const settings = await settingsOf(store);
      const batches = [];
      for (const size of BATCHES) batches.push(await measureBatch(store, size, commits, rounds));
      return { server: server.name, version: await serverVersion(server.url), settings, batches };
    } finally {
      await store.close();
    }
  } finally {
    if (previous === undefined) delete process.env.BENCH_DATABASE_URL;
    else process.env.BENCH_DATABASE_URL = previous;
  }
}

async function settingsOf(store: Store) {
  const { rows } = await sql<{ name: string; setting: string }>`
    select name, setting from pg_settings where name in (${sql.join(SETTINGS)})`.execute(store.db);
  return Object.fromEntries(rows.map((r) => [r.name, r.setting]));
}

/** Per commit, median over rounds: backend CPU (user, kernel) and wall time. */
async function measureBatch(store: Store, size: number, commits: number, rounds: number) {
  const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(store.db);
  const pid = rows[0]?.pid as number;
  const events = Array.from({ length: size }, () => EVENT);
  const samples = { user: [] as number[], kernel: [] as number[], wall: [] as number[] };
  for (let i = 0; i < 20; i++) await insertAuditRows(store.db, events);
  for (let r = 0; r < rounds; r++) {
    const before = processCpuSplitMs(pid);
    const t0 = performance.now();
    for (let i = 0; i < commits; i++) await insertAuditRows(store.db, events);
    const wall = performance.now() - t0;
    const after = processCpuSplitMs(pid);
    samples.user.push((after.user - before.user) / commits);
    samples.kernel.push((after.kernel - before.kernel) / commits);
    samples.wall.push(wall / commits);
  }
  const user = median(samples.user);
  const kernel = median(samples.kernel);
  return {
    eventsPerCommit: size,
    userMs: round(user, 3),
    kernelMs: round(kernel, 3),
    cpuMsPerEvent: round((user + kernel) / size, 3),
    wallMs: round(median(samples.wall), 2),
  };
}

function report(r: {
  at: string;
  machine: ReturnType<typeof machine>;
  commits: number;
  rounds: number;
  results: Awaited<ReturnType<typeof measureServer>>[];
}) {
  const rows = r.results.flatMap((s) =>
    s.batches.map((b) => [s.server, b.eventsPerCommit, b.userMs, b.kernelMs, b.cpuMsPerEvent, b.wallMs]),
  );
  const settings = r.results.map(
    (s) =>
      `- ${s.server}: PostgreSQL ${s.version}; ${Object.entries(s.settings)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}`,
  );
  return `# audit-commit, ${r.at}

What one durable commit of read events costs the PostgreSQL backend that makes it: ${r.commits}
autocommit inserts (the batcher's statement: audit_event + audit_pending) per round, ${r.rounds} rounds,
medians. Machine: node ${r.machine.node}, ${r.machine.cpus} cpus (${r.machine.cpuModel}), loadAverage1m ${r.machine.loadAverage1m}.

${settings.join('\n')}

${table(['server', 'events per commit', 'PG user ms', 'PG kernel ms', 'PG CPU ms per event', 'wall ms per commit'], rows)}

Kernel time is mostly the WAL flush (fdatasync) and the wake-ups around it; a server whose WAL is on a
RAM disk shows what the same commit costs without the disk.
`;
}
