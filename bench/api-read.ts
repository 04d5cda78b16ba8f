import { parseArgs } from 'node:util';
import { type VerifyResult, verifyAuditChain } from '../src/db/audit/verify.ts';
import { drainAudit, load, readEvents, setUpApiFixture, type Target } from './lib/api-fixture.ts';
import { benchDatabaseUrl, serverVersion } from './lib/db.ts';
import { codeState, describeCode, machine, median, round, table, writeResults } from './lib/results.ts';

export const description = 'authenticated, audited GET /api/participants/:id vs a bare Fastify + pg baseline';
export const usage = `api-read [--duration 10] [--rounds 3] [--connections 10]
  Alternates a/b per round (a 2 s warm-up before each run is discarded); reports medians over rounds.`;

const WARM_UP_S = 2;
const TARGET_RATIO = 0.5;

interface Run {
  round: number;
  rps: number;
  p50: number;
  p99: number;
  responses: number;
}

export async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      duration: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '3' },
      connections: { type: 'string', default: '10' },
    },
  });
  const duration = Number(values.duration);
  const rounds = Number(values.rounds);
  const connections = Number(values.connections);
  const host = machine(); // before our own load lifts the load average
  const code = codeState();
  const fixture = await setUpApiFixture();
  const runs: Record<'a' | 'b', Run[]> = { a: [], b: [] };
  let appResponses = 0;
  let readEventsWritten = 0;
  try {
    for (let round = 1; round <= rounds; round++) {
      for (const key of ['a', 'b'] as const) {
        const target: Target = fixture[key];
        await drainAudit(fixture.store);
        const before = await readEvents(fixture.store);
        const warm = await load(target, WARM_UP_S, connections);
        const r = await load(target, duration, connections);
        runs[key].push({
          round,
          rps: r.requests.average,
          p50: r.latency.p50,
          p99: r.latency.p99,
          responses: r['2xx'],
        });
        console.log(`round ${round} ${target.name}: ${Math.round(r.requests.average)} req/s`);
        if (key === 'b') {
          appResponses += warm['2xx'] + r['2xx'];
          await drainAudit(fixture.store);
          readEventsWritten += (await readEvents(fixture.store)) - before;
        }
      }
    }
    await drainAudit(fixture.store);
    const chain = await verifyAuditChain(fixture.store.db);
    // Autocannon drops answers still in flight when a run ends (up to `connections` per run, two runs
    // a round) though the server audits them; beyond that, events must match answered reads exactly.
    const auditedOnce =
      readEventsWritten >= appResponses && readEventsWritten <= appResponses + 2 * rounds * connections;
    const result = {
      bench: 'api-read',
      at: new Date().toISOString(),
      settings: { duration, rounds, connections, warmUpSeconds: WARM_UP_S, poolSize: 10 },
      machine: { ...host, postgres: await serverVersion(benchDatabaseUrl()) },
      code,
      ...summarise(runs),
      audit: { readEventsWritten, appResponses, auditedOnce, chain },
      runs,
    };
    const markdown = report(result);
    console.log(`\n${markdown}`);
    for (const path of writeResults('api-read', result, markdown)) console.log(`wrote ${path}`);
    if (!result.audit.auditedOnce || !chain.ok) process.exitCode = 1;
  } finally {
    await fixture.close();
  }
}

function summarise(runs: Record<'a' | 'b', Run[]>) {
  const stat = (rs: Run[]) => ({
    rpsMedian: round(median(rs.map((r) => r.rps))),
    p50Median: median(rs.map((r) => r.p50)),
    p99Median: median(rs.map((r) => r.p99)),
  });
  const a = stat(runs.a);
  const b = stat(runs.b);
  const ratio = round(b.rpsMedian / a.rpsMedian, 3);
  return { a, b, ratio, targetRatio: TARGET_RATIO, meetsTarget: ratio >= TARGET_RATIO };
}

interface Result extends ReturnType<typeof summarise> {
  at: string;
  settings: { duration: number; rounds: number; connections: number };
  machine: Record<string, string | number>;
  code: ReturnType<typeof codeState>;
  audit: { readEventsWritten: number; appResponses: number; auditedOnce: boolean; chain: VerifyResult };
  runs: Record<'a' | 'b', Run[]>;
}

function report(r: Result): string {
  const perRound = (k: 'a' | 'b') => r.runs[k].map((x) => Math.round(x.rps)).join(', ');
  const machineLine = Object.entries(r.machine)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const rows = [
    ['a: bare Fastify + pg, one select', r.a.rpsMedian, perRound('a'), r.a.p50Median, r.a.p99Median],
    ['b: IPS app, GET /api/participants/:id', r.b.rpsMedian, perRound('b'), r.b.p50Median, r.b.p99Median],
  ];
  const { settings: s, audit } = r;
  return `# api-read, ${r.at}

${s.connections} connections, ${s.duration} s per run, ${s.rounds} rounds (a/b alternating), 2 s warm-up discarded.
Machine: ${machineLine}.
Code: ${describeCode(r.code)}.

${table(['variant', 'req/s (median)', 'req/s per round', 'p50 ms', 'p99 ms'], rows)}

**b/a = ${r.ratio}** (target ≥ ${r.targetRatio}: ${r.meetsTarget ? 'met' : 'NOT met'}).

Audit: ${audit.readEventsWritten} read events for ${audit.appResponses} answered reads in (b) \
(${audit.auditedOnce ? 'one each' : '**MISMATCH**'}, allowing for reads in flight when a run stops); \
chain ${audit.chain.ok ? 'verified' : `BROKEN: ${audit.chain.problem?.message}`} (${audit.chain.sealed} sealed events).
`;
}
