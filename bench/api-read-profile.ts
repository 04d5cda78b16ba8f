import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { drainAudit, type Fixture, load, setUpApiFixture, type Target } from './lib/api-fixture.ts';
import { type Share, summariseProfile } from './lib/cpuprofile.ts';
import { benchDatabaseUrl } from './lib/db.ts';
import { benchBackendsCpuMs, cpuMsBetween } from './lib/proc-cpu.ts';
import { codeState, describeCode, machine, resultsLabel, round, table, writeResults } from './lib/results.ts';
import type { ServerChild } from './lib/server-child.ts';

export const description = 'where api-read time goes: CPU per request (node, postgres), queries, CPU profile';
export const usage = `api-read-profile [--duration 10] [--connections 10] [--label after]
  One profiled run per variant (not a throughput measurement: counting and profiling cost a little).
  PostgreSQL CPU is read from /proc, so it is only meaningful when the database is on this machine.`;

const WARM_UP_S = 2;
const PROFILE_DIR = join(import.meta.dirname, '.tmp', 'profiles');

export async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      label: { type: 'string' },
    },
  });
  const label = resultsLabel(values.label);
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const host = machine(); // before our own load lifts the load average
  const code = codeState();
  mkdirSync(PROFILE_DIR, { recursive: true });
  const fixture = await setUpApiFixture({ BENCH_COUNT_QUERIES: '1' });
  try {
    const a = await measure(fixture, fixture.a, fixture.servers.baseline, duration, connections, 'a');
    const b = await measure(fixture, fixture.b, fixture.servers.app, duration, connections, 'b');
    const result = {
      bench: 'api-read-profile',
      at: new Date().toISOString(),
      settings: { duration, connections },
      machine: host,
      code,
      postgresLocal: /^(127\.0\.0\.1|localhost|\[::1\])$/.test(new URL(benchDatabaseUrl()).hostname),
      a,
      b,
    };
    const markdown = report(result);
    console.log(`\n${markdown}`);
    for (const path of writeResults('api-read-profile', result, markdown, label))
      console.log(`wrote ${path}`);
  } finally {
    await fixture.close();
  }
}

type Measurement = Awaited<ReturnType<typeof measure>>;

const pgCpu = (fixture: Fixture) => benchBackendsCpuMs(fixture.store.db);

async function measure(
  fixture: Fixture,
  target: Target,
  server: ServerChild,
  duration: number,
  connections: number,
  key: string,
) {
  await load(target, WARM_UP_S, connections);
  await drainAudit(fixture.store);
  const profilePath = join(PROFILE_DIR, `api-read-${key}-${Date.now()}.cpuprofile`);
  await server.startProfile();
  const before = { server: await server.stats(), pg: await pgCpu(fixture), parent: process.cpuUsage() };
  const r = await load(target, duration, connections);
  // Sealing happens after the answers; its queries and CPU belong to the requests that caused it.
  await drainAudit(fixture.store);
  const after = { server: await server.stats(), pg: await pgCpu(fixture), parent: process.cpuUsage() };
  await server.stopProfile(profilePath);
  const n = r['2xx'];
  const cpuMs = (c: NodeJS.CpuUsage, c0: NodeJS.CpuUsage) => (c.user + c.system - c0.user - c0.system) / 1000;
  const perRequest = {
    serverCpuMs: round(cpuMs(after.server.cpu, before.server.cpu) / n, 3),
    serverSystemCpuMs: round((after.server.cpu.system - before.server.cpu.system) / 1000 / n, 3),
    postgresCpuMs: round(cpuMsBetween(before.pg, after.pg) / n, 3),
    loadGeneratorCpuMs: round(cpuMs(after.parent, before.parent) / n, 3),
  };
  const queries = Object.entries(after.server.queries)
    .map(([sql, count]) => ({ sql, perRequest: round((count - (before.server.queries[sql] ?? 0)) / n, 3) }))
    .filter((q) => q.perRequest >= 0.005)
    .sort((x, y) => y.perRequest - x.perRequest);
  return {
    name: target.name,
    rps: round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: n,
    perRequest,
    queriesPerRequest: round(
      queries.reduce((s, q) => s + q.perRequest, 0),
      2,
    ),
    queries,
    // Recorded relative to the repository, so committed results name no machine's directories.
    profile: {
      path: relative(join(import.meta.dirname, '..'), profilePath),
      ...summariseProfile(profilePath),
    },
  };
}

function report(r: {
  at: string;
  settings: { duration: number };
  code: ReturnType<typeof codeState>;
  postgresLocal: boolean;
  a: Measurement;
  b: Measurement;
}) {
  const cpuRow = (m: Measurement) => {
    const c = m.perRequest;
    const total = c.serverCpuMs + c.postgresCpuMs + c.loadGeneratorCpuMs;
    return [
      m.name,
      m.rps,
      c.serverCpuMs,
      c.serverSystemCpuMs,
      c.postgresCpuMs,
      c.loadGeneratorCpuMs,
      round(total, 3),
    ];
  };
  const shares = (xs: Share[]) =>
    table(
      ['', 'ms', '% of busy'],
      xs.map((x) => [`\`${x.name}\``, x.ms, x.percent]),
    );
  const ratio = (f: (m: Measurement) => number) => round(f(r.b) / f(r.a), 1);
  return `# api-read-profile, ${r.at}

One ${r.settings.duration} s run per variant after a 2 s warm-up. CPU is per answered request, audit sealing
included: the server process (of which kernel), the bench's own PostgreSQL backends, and autocannon.
Code: ${describeCode(r.code)}.
${r.postgresLocal ? '' : '**PostgreSQL is not local: its CPU column is meaningless.**\n'}
${table(
  ['variant', 'req/s', 'server CPU ms', '(kernel)', 'postgres CPU ms', 'autocannon CPU ms', 'total CPU ms'],
  [cpuRow(r.a), cpuRow(r.b)],
)}

b/a per request: ${ratio((m) => m.perRequest.serverCpuMs)}× server CPU, ${ratio((m) => m.perRequest.postgresCpuMs)}× \
PostgreSQL CPU, ${ratio((m) => m.queriesPerRequest)}× statements (${r.a.queriesPerRequest} vs ${r.b.queriesPerRequest}).

## Statements per request, (b)

${table(
  ['per request', 'statement (first 70 chars)'],
  r.b.queries.map((q) => [q.perRequest, `\`${q.sql.replaceAll('|', '\\|')}\``]),
)}

## (b) server CPU profile: self time by area (of ${r.b.profile.busyMs} ms busy)

The profiler samples wall time: time "in" \`writev\` is mostly the server being preempted by the
PostgreSQL backend its write woke (2 cores), not CPU it spends; the CPU table above is the cost.

${shares(r.b.profile.areas)}

## (b) top functions by self time

${shares(r.b.profile.functions)}

Profiles: \`${r.a.profile.path}\`, \`${r.b.profile.path}\` (open in Chrome DevTools or speedscope).
`;
}
