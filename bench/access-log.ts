import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
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
import {
  AFTER_CURSOR_SQL,
  explainPage,
  FIRST_PAGE_SQL,
  PAGE_INDEX,
  type Plan,
} from './lib/access-log-plan.ts';
import { drainAudit, load, signIn, type Target } from './lib/api-fixture.ts';
import { schemaUrl, serverVersion } from './lib/db.ts';
import { latencyStats, loadStats, sequential } from './lib/latency.ts';
import { codeState, describeCode, machine, round, table, writeResults } from './lib/results.ts';
import { startServer } from './lib/server-child.ts';

export const description =
  'GET /api/participants/:id/access-log over 10 million audit events: first and deep page';
export const usage = `access-log [--regenerate] [--rows 10000000] [--requests 200] [--pages 20] [--duration 10] [--connections 10]
  Generates the audit log once into schema ${ACCESS_LOG_SCHEMA} (minutes) and reuses it while it holds
  at least --rows events; --regenerate drops and generates it again. Two pages are measured: the
  first, and the one after following nextCursor --pages times. After a 2 s warm-up per page:
  --requests sequential requests per page (pages alternating, 20 rounds thrown away), then one
  autocannon run per page.`;

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
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
    },
  });
  const settings = {
    rows: Number(values.rows),
    requests: Number(values.requests),
    pages: Number(values.pages),
    duration: Number(values.duration),
    connections: Number(values.connections),
    limit: PAGE_LIMIT,
  };
  const host = machine(); // before our own load lifts the load average
  const data = await ensureData(settings.rows, values.regenerate === true);
  const url = schemaUrl(ACCESS_LOG_SCHEMA);
  const store = await openStore({ kind: 'postgres', url, poolSize: 2 }, (e) => console.error(e));
  const code = codeState(); // as the server loads src/
  const app = await startServer('app', { BENCH_SERVER_DATABASE_URL: url });
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
    const pages = [];
    for (const [k, target] of targets.entries()) {
      await drainAudit(store);
      const r = await load(target, settings.duration, settings.connections);
      pages.push({ name: target.name, sequential: latencyStats(sequentialMs[k] ?? []), load: loadStats(r) });
      console.log(`${target.name}: ${JSON.stringify(pages.at(-1))}`);
    }
    await drainAudit(store);
    const at = Buffer.from(walk.cursor, 'base64url').toString().split('|');
    const plans = {
      first: await explainPage(url, FIRST_PAGE_SQL, [participantId, PAGE_LIMIT + 1]),
      deep: await explainPage(url, AFTER_CURSOR_SQL, [
        participantId,
        at[0] ?? '',
        Number(at[1]),
        PAGE_LIMIT + 1,
      ]),
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
  settings: { rows: number; requests: number; duration: number; connections: number; limit: number };
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
  plans: Record<'first' | 'deep', Plan[]>;
};

function report(r: Result): string {
  const s = r.settings;
  const d = r.data;
  const machineLine = Object.entries(r.machine)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const rows = r.pages.map((p) => [
    p.name,
    p.sequential.medianMs,
    p.sequential.p95Ms,
    p.sequential.p99Ms,
    p.load.rps,
    p.load.p50Ms,
    p.load.p99Ms,
  ]);
  const plan = (title: string, ps: Plan[]) =>
    ps
      .map(
        (
          p,
        ) => `### ${title}, execution ${p.execution} of the prepared statement (${p.generic ? 'generic' : 'custom'} plan; \
${p.usesIndex ? `uses \`${PAGE_INDEX}\`` : `**does not use \`${PAGE_INDEX}\`**`})

\`\`\`
${p.text}
\`\`\``,
      )
      .join('\n\n');
  return `# access-log, ${r.at}

\`GET /api/participants/:id/access-log?limit=${s.limit}\` signed in as ${PARTICIPANT_USER} (her own log), on
PostgreSQL with ${d.totalEvents.toLocaleString('en')} audit events (${d.reused ? 'generated earlier, reused' : `generated in this run, ${d.generationSeconds} s`}):
table ${d.tableSize}, index \`${PAGE_INDEX}\` ${d.indexSize}. Her history: ${d.participantEvents.toLocaleString('en')} events
as measuring started (${d.generation.heavyEvents.toLocaleString('en')} generated over her last ${d.generation.heavyDays} days; each read
of her log adds one more). The others: ${d.generation.participants.toLocaleString('en')} participants with a skewed share,
${d.generation.withoutParticipant * 100} % of events with no participant, over ${d.generation.years} years.
Machine: ${machineLine}.
Code: ${describeCode(r.code)}.

First a ${WARM_UP_S} s autocannon warm-up per page, thrown away. Sequential: ${s.requests} requests per page, one at a time,
the pages taking turns, after ${WARM_UP_REQUESTS} rounds thrown away. Load: autocannon, ${s.connections} connections, ${s.duration} s
per page. The first page is the newest 50 events, which after a first run are mostly the bench's own
audited reads of her log. The deep page is the one reached by paging back from her newest generated
event and following nextCursor ${r.walk.pages} times (${r.walk.pages * PAGE_LIMIT} events in; walking those pages took
${r.walk.totalMs} ms in all), so it lies in the generated history, the same page every run.

${table(['page', 'median ms', 'p95 ms', 'p99 ms', 'load req/s', 'load p50 ms', 'load p99 ms'], rows)}

**Median (sequential) < ${r.targetMedianMs} ms: ${r.meetsTarget ? 'met' : 'NOT met'}** for ${r.pages.length === 2 ? 'both pages' : 'all pages'}.

## The page query

Copied from \`src/db/repositories/access-log.ts\` as Kysely compiles it, run as the app runs it (a
named prepared statement; PostgreSQL may plan the sixth execution generically).

${plan('First page', r.plans.first)}

${plan('Deep page', r.plans.deep)}
`;
}
