import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type autocannon from 'autocannon';
import { openStore } from '../src/db/open-store.ts';
import {
  ACCESS_LOG_SCHEMA,
  dataFacts,
  ensureData,
  GENERATION,
  newestGeneratedCursor,
  PARTICIPANT_USER,
  participantOf,
  setting,
} from './lib/access-log-data.ts';
import { explainPage, PAGE_INDEX, PAGE_QUERY_MARK, type Plan } from './lib/access-log-plan.ts';
import { drainAudit, load, signIn, type Target } from './lib/api-fixture.ts';
import { schemaUrl, serverVersion } from './lib/db.ts';
import { latencyStats, loadStats, sequential } from './lib/latency.ts';
import { codeState, describeCode, machine, round, table, writeResults } from './lib/results.ts';
import { type ServerChild, startServer } from './lib/server-child.ts';
import type { CapturedStatement } from './servers/query-counter.ts';

export const description =
  'GET /api/participants/:id/access-log over 10 million audit events: first and deep page';
export const usage = `access-log [--regenerate] [--rows 10000000] [--requests 200] [--pages 20] [--duration 5] [--rounds 3] [--connections 10]
  Generates the audit log once into schema ${ACCESS_LOG_SCHEMA} (minutes) and reuses it while it holds
  at least --rows events; --regenerate drops and generates it again. Two pages are measured: the
  first, and the one after following nextCursor --pages times. After a 2 s warm-up per page:
  --requests sequential requests per page (pages alternating, 20 rounds thrown away), then
  --rounds rounds of one autocannon run per page (pages alternating); medians over rounds.`;

const PAGE_LIMIT = 50;
const WARM_UP_REQUESTS = 20;
const WARM_UP_S = 2;
const TARGET_MEDIAN_MS = 50;

export async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      regenerate: { type: 'boolean', default: false },
      rows: { type: 'string', default: '10000000' },
      requests: { type: 'string', default: '200' },
      pages: { type: 'string', default: '20' },
      duration: { type: 'string', default: '5' },
      rounds: { type: 'string', default: '3' },
      connections: { type: 'string', default: '10' },
    },
  });
  const settings = {
    rows: Number(values.rows),
    requests: Number(values.requests),
    pages: Number(values.pages),
    duration: Number(values.duration),
    rounds: Number(values.rounds),
    connections: Number(values.connections),
    limit: PAGE_LIMIT,
  };
  const host = machine(); // before our own load lifts the load average
  const data = await ensureData(settings.rows, values.regenerate === true);
  const url = schemaUrl(ACCESS_LOG_SCHEMA);
  const store = await openStore({ kind: 'postgres', url, poolSize: 2 }, (e) => console.error(e));
  const code = codeState(); // as the server loads src/
  const app = await startServer('app', {
    BENCH_SERVER_DATABASE_URL: url,
    BENCH_CAPTURE_SQL: PAGE_QUERY_MARK,
  });
  try {
    const participantId = await participantOf(store);
    const facts = await dataFacts(store, participantId);
    const first: Target = {
      name: 'first page',
      url: `${app.url}/api/participants/${participantId}/access-log?limit=${PAGE_LIMIT}`,
      headers: { cookie: await signIn(app.url, PARTICIPANT_USER) },
    };
    const walk = await walkPages(first, settings.pages, await newestGeneratedCursor(store, participantId));
    const deep: Target = {
      ...first,
      name: `deep page (${settings.pages} cursors into her generated history)`,
      url: `${first.url}&cursor=${encodeURIComponent(walk.cursor)}`,
    };
    const targets = [first, deep];
    // Warms the server's JIT and caches on both pages before anything counts.
    for (const target of targets) await load(target, WARM_UP_S, settings.connections);
    await drainAudit(store);
    const sequentialMs = await sequential(targets, settings.requests, WARM_UP_REQUESTS);
    const loads: autocannon.Result[][] = targets.map(() => []);
    for (let round_ = 1; round_ <= settings.rounds; round_++) {
      for (const [k, target] of targets.entries()) {
        await drainAudit(store);
        const r = await load(target, settings.duration, settings.connections);
        loads[k]?.push(r);
        console.log(`round ${round_} ${target.name}: ${Math.round(r.requests.average)} req/s`);
      }
    }
    const pages = targets.map((target, k) => ({
      name: target.name,
      sequential: latencyStats(sequentialMs[k] ?? []),
      load: loadStats(loads[k] ?? []),
    }));
    await drainAudit(store);
    const statements = { first: await pageStatement(app, first), deep: await pageStatement(app, deep) };
    const plans = {
      first: await explainPage(url, statements.first),
      deep: await explainPage(url, statements.deep),
    };
    const result = {
      bench: 'access-log',
      at: new Date().toISOString(),
      settings,
      machine: {
        ...host,
        postgres: await serverVersion(url),
        sharedBuffers: await setting(url, 'shared_buffers'),
      },
      code,
      data: { ...data, ...facts, generation: GENERATION },
      walk,
      pages,
      targetMedianMs: TARGET_MEDIAN_MS,
      meetsTarget: pages.every((p) => p.sequential.medianMs < TARGET_MEDIAN_MS),
      statements,
      plans,
    };
    const markdown = report(result);
    console.log(`\n${markdown}`);
    for (const path of writeResults('access-log', result, markdown)) console.log(`wrote ${path}`);
    if (![...plans.first, ...plans.deep].every((p) => p.usesIndex)) process.exitCode = 1;
  } finally {
    await app.stop();
    await store.close();
  }
}

/** The page query as the app sent it for one more request to `target`, with its parameters. */
async function pageStatement(app: ServerChild, target: Target): Promise<CapturedStatement> {
  const response = await fetch(target.url, { headers: target.headers });
  await response.arrayBuffer();
  const { captured } = await app.stats();
  if (!response.ok || !captured) throw new Error(`${target.name}: no page query captured`);
  return captured;
}

interface Page {
  items: unknown[];
  nextCursor: string | null;
}

/**
 * Follows nextCursor `steps` times, as a reader paging back would, from the page after `start`
 * (the participant's newest generated event): the last cursor gives the deep page.
 */
async function walkPages(first: Target, steps: number, start: string) {
  const t0 = performance.now();
  let cursor = start;
  for (let i = 0; i < steps; i++) {
    const response = await fetch(`${first.url}&cursor=${encodeURIComponent(cursor)}`, {
      headers: first.headers,
    });
    const page = (await response.json()) as Page;
    if (!response.ok || page.items.length !== PAGE_LIMIT || !page.nextCursor) {
      throw new Error(`page ${i + 1}: ${response.status}, ${page.items?.length} items, no next page`);
    }
    cursor = page.nextCursor;
  }
  return { pages: steps, totalMs: round(performance.now() - t0), cursor };
}

type Result = {
  at: string;
  settings: {
    rows: number;
    requests: number;
    duration: number;
    rounds: number;
    connections: number;
    limit: number;
  };
  machine: Record<string, string | number>;
  code: ReturnType<typeof codeState>;
  data: Awaited<ReturnType<typeof ensureData>> &
    Awaited<ReturnType<typeof dataFacts>> & { generation: typeof GENERATION };
  walk: { pages: number; totalMs: number };
  pages: Array<{
    name: string;
    sequential: ReturnType<typeof latencyStats>;
    load: ReturnType<typeof loadStats>;
  }>;
  targetMedianMs: number;
  meetsTarget: boolean;
  statements: Record<'first' | 'deep', CapturedStatement>;
  plans: Record<'first' | 'deep', Plan[]>;
};

function report(r: Result): string {
  const s = r.settings;
  const machineLine = Object.entries(r.machine)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const rows = r.pages.map((p) => [
    p.name,
    p.sequential.medianMs,
    p.sequential.p95Ms,
    p.sequential.p99Ms,
    `${p.load.rps} (${p.load.rpsPerRound.join(', ')})`,
    p.load.p50Ms,
    p.load.p99Ms,
  ]);
  return `# access-log, ${r.at}

\`GET /api/participants/:id/access-log?limit=${s.limit}\` signed in as ${PARTICIPANT_USER} (her own log).
${describeData(r.data)}
Machine: ${machineLine}.
Code: ${describeCode(r.code)}.

Method: a ${WARM_UP_S} s autocannon warm-up per page, thrown away. Sequential: ${s.requests} requests per page,
one at a time, the pages taking turns, after ${WARM_UP_REQUESTS} rounds thrown away. Load: autocannon, ${s.connections}
connections, ${s.duration} s per run, ${s.rounds} rounds with the pages taking turns: medians over rounds, each
round's requests/s in brackets. The first page is her newest ${s.limit} events (after a first run mostly the
bench's own audited reads of her log). The deep page is reached by paging back from her newest
generated event, following nextCursor ${r.walk.pages} times (${r.walk.pages * s.limit} events in; that walk took
${r.walk.totalMs} ms), so it is the same page of generated history every run.

${table(
  ['page', 'median ms', 'p95 ms', 'p99 ms', 'load req/s (per round)', 'load p50 ms', 'load p99 ms'],
  rows,
)}

**Median (sequential) < ${r.targetMedianMs} ms: ${r.meetsTarget ? 'met' : 'NOT met'}** for both pages.

## The page query

The statement \`src/db/repositories/access-log.ts\` sent for the deep page, captured in the server
process with its parameters (the first page's lacks the cursor condition):

\`\`\`sql
${r.statements.deep.text}
-- parameters: ${JSON.stringify(r.statements.deep.values)}
\`\`\`

Each page's statement is EXPLAINed as the app runs it: a named prepared statement, which PostgreSQL
may plan generically from its sixth execution on.

${r.plans.first.map((p) => renderPlan('First page', p)).join('\n\n')}

${r.plans.deep.map((p) => renderPlan('Deep page', p)).join('\n\n')}
`;
}

function describeData(d: Result['data']): string {
  const g = d.generation;
  const made = d.reused ? 'generated by an earlier run' : `generated in this run in ${d.generationSeconds} s`;
  return `PostgreSQL schema ${ACCESS_LOG_SCHEMA}: ${d.totalEvents.toLocaleString('en')} audit events (${made}; the generated rows
are in audit_event only, outside the hash chain), table ${d.tableSize}, index \`${PAGE_INDEX}\` ${d.indexSize}.
Generated: ${g.participants.toLocaleString('en')} participants with a skewed share of events, ${g.withoutParticipant * 100} % of events about
no participant, over ${g.years} years; Ingrid has ${g.heavyEvents.toLocaleString('en')} over her last ${g.heavyDays} days. Her history as measuring
started: ${d.participantEvents.toLocaleString('en')} events (each read of her log adds one).`;
}

function renderPlan(title: string, p: Plan): string {
  const kind = p.generic ? 'generic' : 'custom';
  const index = p.usesIndex ? `uses \`${PAGE_INDEX}\`` : `**does not use \`${PAGE_INDEX}\`**`;
  return `### ${title}: execution ${p.execution} of the prepared statement (${kind} plan; ${index})

\`\`\`
${p.text}
\`\`\``;
}
