import { parseArgs } from 'node:util';
import { type VerifyResult, verifyAuditChain } from '../src/db/audit/verify.ts';
import {
  drainAudit,
  type Fixture,
  load,
  readEvents,
  setUpApiFixture,
  type Target,
} from './lib/api-fixture.ts';
import { benchDatabaseUrl, serverVersion } from './lib/db.ts';
import { benchBackendsCpuMs, cpuMsBetween } from './lib/proc-cpu.ts';
import {
  codeState,
  describeCode,
  machine,
  median,
  resultsLabel,
  round,
  table,
  writeResults,
} from './lib/results.ts';
import { withWorktree } from './lib/worktree.ts';

export const description =
  'audited GET /api/participants/:id (own caseload; consent-checked) vs a bare Fastify + pg baseline';
export const usage = `api-read [--duration 10] [--rounds 3] [--connections 10] [--label after] [--baseline <commit>]
  Alternates a/b/c per round (a 2 s warm-up before each run is discarded); reports medians over rounds.
  --label names the results file (api-read-<date>-<label>.md). --baseline also runs (b) on the app of
  <commit> (a temporary git worktree, same schema) in each round, before (b).`;

const WARM_UP_S = 2;
// The issue's bar (identity and operations): (b) at least 0.35 of the bare read in the same run.
const TARGET_RATIO = 0.35;
/** In the order each round runs them; bBase only with --baseline. */
const VARIANTS = ['a', 'bBase', 'b', 'c'] as const;
type Variant = (typeof VARIANTS)[number];
/** The app's variants: each must write one read event per answered read. */
type AppVariant = Exclude<Variant, 'a'>;
const APP_VARIANTS: AppVariant[] = ['bBase', 'b', 'c'];

interface AuditCount {
  readEventsWritten: number;
  appResponses: number;
  auditedOnce: boolean;
}

interface Run {
  round: number;
  rps: number;
  p50: number;
  p99: number;
  responses: number;
  /** CPU of the answering server and of the bench's PostgreSQL backends, per answered read. */
  cpuMsPerRead: number;
}

/** CPU so far of the target's server process (ms) and of each of the bench's PostgreSQL backends. */
async function cpuNow(fixture: Fixture, target: Target) {
  const cpu = target.server ? (await target.server.stats()).cpu : { user: 0, system: 0 };
  return { serverMs: (cpu.user + cpu.system) / 1000, backends: await benchBackendsCpuMs(fixture.store.db) };
}

/** CPU ms between two snapshots: the server's, and the backends' (one born in between counts from zero). */
function cpuMsSince(before: Awaited<ReturnType<typeof cpuNow>>, after: Awaited<ReturnType<typeof cpuNow>>) {
  return after.serverMs - before.serverMs + cpuMsBetween(before.backends, after.backends);
}

export async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      duration: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '3' },
      connections: { type: 'string', default: '10' },
      label: { type: 'string' },
      baseline: { type: 'string' },
    },
  });
  const label = resultsLabel(values.label);
  if (!values.baseline) return measure(values, label);
  await withWorktree(values.baseline, (dir, sha) => measure(values, label, { root: dir, commit: sha }));
}

interface Options {
  duration: string;
  rounds: string;
  connections: string;
}

async function measure(values: Options, label?: string, baseline?: { root: string; commit: string }) {
  const duration = Number(values.duration);
  const rounds = Number(values.rounds);
  const connections = Number(values.connections);
  const host = machine(); // before our own load lifts the load average
  const code = codeState();
  const fixture = await setUpApiFixture({}, baseline?.root);
  const variants = VARIANTS.filter((k) => fixture[k]);
  const runs: Record<Variant, Run[]> = { a: [], bBase: [], b: [], c: [] };
  const zero = () => ({ appResponses: 0, readEventsWritten: 0 });
  const counts: Record<AppVariant, ReturnType<typeof zero>> = { bBase: zero(), b: zero(), c: zero() };
  try {
    for (let round = 1; round <= rounds; round++) {
      for (const key of variants) {
        const target = fixture[key] as Target;
        await drainAudit(fixture.store);
        const before = await readEvents(fixture.store);
        const warm = await load(target, WARM_UP_S, connections);
        const cpuBefore = await cpuNow(fixture, target);
        const r = await load(target, duration, connections);
        // Sealing happens after the answers; its CPU belongs to the reads that caused it.
        await drainAudit(fixture.store);
        const cpuMs = cpuMsSince(cpuBefore, await cpuNow(fixture, target));
        runs[key].push({
          round,
          rps: r.requests.average,
          p50: r.latency.p50,
          p99: r.latency.p99,
          responses: r['2xx'],
          cpuMsPerRead: cpuMs / r['2xx'],
        });
        console.log(`round ${round} ${target.name}: ${Math.round(r.requests.average)} req/s`);
        if (key !== 'a') {
          counts[key].appResponses += warm['2xx'] + r['2xx'];
          counts[key].readEventsWritten += (await readEvents(fixture.store)) - before;
        }
      }
    }
    await drainAudit(fixture.store);
    const chain = await verifyAuditChain(fixture.store.db);
    // Autocannon drops answers still in flight when a run ends (up to `connections` per run, two runs
    // a round) though the server audits them; beyond that, events must match answered reads exactly.
    const check = ({ appResponses, readEventsWritten }: (typeof counts)[AppVariant]): AuditCount => ({
      readEventsWritten,
      appResponses,
      auditedOnce:
        readEventsWritten >= appResponses && readEventsWritten <= appResponses + 2 * rounds * connections,
    });
    const present = APP_VARIANTS.filter((k) => runs[k].length > 0);
    const audit = { ...Object.fromEntries(present.map((k) => [k, check(counts[k])])), chain } as Audit;
    const result = {
      bench: 'api-read',
      at: new Date().toISOString(),
      settings: { duration, rounds, connections, warmUpSeconds: WARM_UP_S, poolSize: 10 },
      machine: { ...host, postgres: await serverVersion(benchDatabaseUrl()) },
      code,
      baseline: baseline?.commit ?? null,
      ...summarise(runs),
      audit,
      runs,
    };
    const markdown = report(result);
    console.log(`\n${markdown}`);
    for (const path of writeResults('api-read', result, markdown, label)) console.log(`wrote ${path}`);
    if (present.some((k) => !audit[k]?.auditedOnce) || !chain.ok) process.exitCode = 1;
  } finally {
    await fixture.close();
  }
}

function summarise(runs: Record<Variant, Run[]>) {
  const stat = (rs: Run[]) => ({
    rpsMedian: round(median(rs.map((r) => r.rps))),
    p50Median: median(rs.map((r) => r.p50)),
    p99Median: median(rs.map((r) => r.p99)),
    cpuMsPerReadMedian: round(median(rs.map((r) => r.cpuMsPerRead)), 3),
  });
  const a = stat(runs.a);
  const b = stat(runs.b);
  const c = stat(runs.c);
  const bBase = runs.bBase.length > 0 ? stat(runs.bBase) : null;
  const ratios = {
    b: round(b.rpsMedian / a.rpsMedian, 3),
    c: round(c.rpsMedian / a.rpsMedian, 3),
    ...(bBase ? { bBase: round(bBase.rpsMedian / a.rpsMedian, 3) } : {}),
  };
  return {
    a,
    b,
    c,
    bBase,
    ratios,
    targetRatio: TARGET_RATIO,
    meetsTarget: { b: ratios.b >= TARGET_RATIO, c: ratios.c >= TARGET_RATIO },
  };
}

interface Result extends ReturnType<typeof summarise> {
  at: string;
  settings: { duration: number; rounds: number; connections: number };
  machine: Record<string, string | number>;
  code: ReturnType<typeof codeState>;
  baseline: string | null;
  audit: Audit;
  runs: Record<Variant, Run[]>;
}

type Audit = Partial<Record<AppVariant, AuditCount>> & { chain: VerifyResult };

const LABELS: Record<Variant, string> = {
  a: 'a: bare Fastify + pg, one select',
  bBase: 'b at the baseline commit',
  b: 'b: IPS app, assigned job specialist (kari.jobb)',
  c: 'c: IPS app, NAV adviser by consent (anne.nav)',
};

function report(r: Result): string {
  const perRound = (k: Variant) => r.runs[k].map((x) => Math.round(x.rps)).join(', ');
  const machineLine = Object.entries(r.machine)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const rows = VARIANTS.flatMap((k) => {
    const x = r[k];
    return x ? [[LABELS[k], x.rpsMedian, perRound(k), x.p50Median, x.p99Median, x.cpuMsPerReadMedian]] : [];
  });
  const ratioLine = (k: 'b' | 'c') =>
    `**${k}/a = ${r.ratios[k]}** (target ≥ ${r.targetRatio}: ${r.meetsTarget[k] ? 'met' : 'NOT met'})`;
  const baseLine = r.bBase
    ? `\nBaseline commit ${r.baseline}, same runs: (b) there ${r.ratios.bBase} of a and ${r.bBase.cpuMsPerReadMedian} CPU ms per read; here ${r.ratios.b} and ${r.b.cpuMsPerReadMedian}.\n`
    : '';
  const auditLine = (k: AppVariant) => {
    const x = r.audit[k];
    if (!x) return [];
    return `(${k}) ${x.readEventsWritten} read events for ${x.appResponses} answered reads (${x.auditedOnce ? 'one each' : '**MISMATCH**'})`;
  };
  const { settings: s, audit } = r;
  return `# api-read, ${r.at}

${s.connections} connections, ${s.duration} s per run, ${s.rounds} rounds (a/b/c alternating), 2 s warm-up discarded.
Machine: ${machineLine}.
Code: ${describeCode(r.code)}.

Each app variant reads \`GET /api/participants/:id\` (record with notes and withheld categories): (b) one of
kari.jobb's own participants; (c) Ingrid Solberg as anne.nav of NAV Bodø, allowed by Ingrid's consent
to NAV Bodø / nav_adviser (job_plan, benefit_status), her health categories withheld.

${table(['variant', 'req/s (median)', 'req/s per round', 'p50 ms', 'p99 ms', 'CPU ms per read'], rows)}

CPU per read: the answering server process and the bench's PostgreSQL backends (audit sealing
included), median over rounds. On a busy machine it moves less than req/s does.

${ratioLine('b')}; ${ratioLine('c')}.
${baseLine}
Audit: ${APP_VARIANTS.flatMap(auditLine).join('; ')}, allowing for reads in flight when a run stops; \
chain ${audit.chain.ok ? 'verified' : `BROKEN: ${audit.chain.problem?.message}`} (${audit.chain.sealed} sealed events).
`;
}
