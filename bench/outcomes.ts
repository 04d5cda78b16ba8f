import { deepStrictEqual } from 'node:assert/strict';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { Caller } from '../src/db/access/caller.ts';
import { openStore } from '../src/db/open-store.ts';
import { OutcomeRepository } from '../src/db/repositories/outcomes/outcomes.ts';
import { programmeCounts } from '../src/db/repositories/outcomes/summary-rows.ts';
import type { Store } from '../src/db/store.ts';
import { quarterOf, quartersBetween } from '../src/domain/outcomes/quarters.ts';
import { defaultPeriods, MAX_REPORT_PERIODS } from '../src/domain/outcomes/report-period.ts';
import { osloToday } from '../src/domain/participant.ts';
import { decide } from '../src/domain/policy/decide.ts';
import { schemaUrl, serverVersion } from './lib/db.ts';
import {
  type Dashboard,
  largestProgramme,
  rawDashboard,
  rawNational,
  storedAgreesWithRaw,
} from './lib/outcomes-raw.ts';
import { refreshOnce } from './lib/outcomes-refresh.ts';
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
import {
  type Generation,
  generate,
  OUTCOMES_SCHEMA,
  recordedGeneration,
  type SynthSettings,
} from './synth.ts';

export const description =
  'outcome reports on the synthetic national set: national report and a programme dashboard, pre-aggregated vs raw';
export const usage = `outcomes [--participants 50000] [--years 10] [--seed 1] [--fresh] [--refresh] [--rounds 7] [--raw-rounds 1] [--label name]
  Reuses schema ${OUTCOMES_SCHEMA} when it holds that synthetic set (else, or with --fresh, runs
  \`ips synth\` into it first, timed), refreshes every programme's summary rows (timed), then times the
  national quarterly report and the largest programme's dashboard through OutcomeRepository, and the
  same figures computed from the raw records. The refresh is recorded too and reused the same day
  while no casework changed (--refresh forces it).`;

const SUPPRESSION_THRESHOLD = 5;

interface Settings extends SynthSettings {
  rounds: number;
  rawRounds: number;
}

export async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      participants: { type: 'string', default: '50000' },
      years: { type: 'string', default: '10' },
      seed: { type: 'string', default: '1' },
      fresh: { type: 'boolean', default: false },
      refresh: { type: 'boolean', default: false },
      rounds: { type: 'string', default: '7' },
      'raw-rounds': { type: 'string', default: '1' },
      label: { type: 'string' },
    },
  });
  const label = resultsLabel(values.label);
  const settings: Settings = {
    participants: Number(values.participants),
    years: Number(values.years),
    seed: Number(values.seed),
    rounds: Number(values.rounds),
    rawRounds: Number(values['raw-rounds']),
  };
  const host = machine(); // before our own load lifts the load average
  const { generation, reused } = await ensureData(settings, values.fresh === true);
  const url = schemaUrl(OUTCOMES_SCHEMA);
  const store = await openStore({ kind: 'postgres', url, poolSize: 10 }, (e) => console.error(e));
  try {
    const code = codeState();
    const refresh = await refreshOnce(store, values.refresh === true, code.commit);
    const measured = await measure(store, settings);
    const schemaSize = await schemaSizeNow(store);
    const result = {
      bench: 'outcomes',
      at: new Date().toISOString(),
      settings,
      machine: { ...host, loadAverage1mAtEnd: machine().loadAverage1m, postgres: await serverVersion(url) },
      code,
      generation: { ...generation, reused },
      refresh,
      schemaSize,
      ...measured,
    };
    const markdown = report(result);
    console.log(`\n${markdown}`);
    for (const path of writeResults('outcomes', result, markdown, label)) console.log(`wrote ${path}`);
  } finally {
    await store.close();
  }
}

/** The synthetic set of these settings: the recorded one when it matches, else generated now. */
async function ensureData(settings: SynthSettings, fresh: boolean) {
  const recorded = fresh ? null : await recordedGeneration();
  const s = recorded?.settings;
  if (
    s &&
    s.participants === settings.participants &&
    s.years === settings.years &&
    s.seed === settings.seed
  ) {
    console.log(`reusing ${OUTCOMES_SCHEMA}: ips synth ${recorded.cli}, generated ${recorded.at}`);
    return { generation: recorded, reused: true };
  }
  console.log(
    `generating ${OUTCOMES_SCHEMA}: ips synth of ${settings.participants} participants × ${settings.years} years`,
  );
  const { generation } = await generate(settings);
  return { generation, reused: false };
}

/** The schema's tables with their indexes and toast, summary tables included. */
async function schemaSizeNow(store: Store): Promise<string> {
  const { rows } = await sql<{ bytes: string }>`
    select sum(pg_total_relation_size(c.oid)) as bytes from pg_class c
    join pg_namespace n on n.oid = c.relnamespace where n.nspname = ${OUTCOMES_SCHEMA} and c.relkind = 'r'`.execute(
    store.db,
  );
  return `${round(Number(rows[0]?.bytes ?? 0) / 2 ** 20, 1)} MB`;
}

/** A signed-in user as the session hook would make one; the repository's policy and audit do the rest. */
function callerFor(actor: {
  role: 'national_reader' | 'programme_manager';
  userId: string;
  organisationId: string;
  programmeId: string | null;
}) {
  return new Caller(
    {
      actor: { kind: 'user', name: `bench.${actor.role}`, teamIds: [], participantId: null, ...actor },
      purpose: actor.role === 'national_reader' ? 'outcome_reporting' : 'programme_management',
      requestId: null,
    },
    decide,
  );
}

async function measure(store: Store, settings: Settings) {
  const today = osloToday();
  const to = quarterOf(today);
  const allQuarters = quartersBetween(
    quarterOf(`${Number(today.slice(0, 4)) - 10}${today.slice(4)}`),
    to,
  ).slice(-MAX_REPORT_PERIODS);
  const dashboardPeriods = defaultPeriods(today);
  const programme = await largestProgramme(store.db);
  const national = new OutcomeRepository(
    store,
    callerFor({
      role: 'national_reader',
      userId: crypto.randomUUID(),
      organisationId: programme.organisationId,
      programmeId: null,
    }),
  );
  const lead = new OutcomeRepository(
    store,
    callerFor({
      role: 'programme_manager',
      userId: programme.managerId,
      organisationId: programme.organisationId,
      programmeId: programme.id,
    }),
  );
  const nationalQuery = { from: allQuarters[0], to, configuredThreshold: SUPPRESSION_THRESHOLD };
  const agreement = await storedAgreesWithRaw(store.db, programme.id, today);
  const checked = (await lead.programme(programme.id, {
    configuredThreshold: SUPPRESSION_THRESHOLD,
  })) as Dashboard;
  sameDashboard(checked, await rawDashboard(store.db, programme.id, dashboardPeriods, today));
  const first = await national.national(nationalQuery);
  if (!('table' in first) || first.table.length !== allQuarters.length)
    throw new Error('national report: no table');
  const ids = (await store.db.selectFrom('programme').select('id').execute()).map((p) => p.id);
  const timings = {
    national: [] as number[],
    nationalCpu: [] as number[],
    nationalSummaryRead: [] as number[],
    dashboard: [] as number[],
    dashboardCpu: [] as number[],
    rawNational: [] as number[],
    rawDashboard: [] as number[],
  };
  for (let i = 0; i < settings.rounds; i++) {
    console.log(`round ${i + 1} of ${settings.rounds}`);
    let before = process.cpuUsage();
    timings.national.push(await timed(() => national.national(nationalQuery)));
    timings.nationalCpu.push(cpuMsSince(before));
    timings.nationalSummaryRead.push(await timed(() => programmeCounts(store.db, ids, allQuarters, 'all')));
    before = process.cpuUsage();
    timings.dashboard.push(
      await timed(() => lead.programme(programme.id, { configuredThreshold: SUPPRESSION_THRESHOLD })),
    );
    timings.dashboardCpu.push(cpuMsSince(before));
    timings.rawDashboard.push(
      await timed(() => rawDashboard(store.db, programme.id, dashboardPeriods, today)),
    );
    if (i < settings.rawRounds)
      timings.rawNational.push(
        await timed(() => rawNational(store.db, allQuarters, today, SUPPRESSION_THRESHOLD)),
      );
  }
  const medians = Object.fromEntries(
    Object.entries(timings).map(([k, v]) => [k, round(median(v), 1)]),
  ) as Record<keyof typeof timings, number>;
  return {
    programme: { id: programme.id, name: programme.name, participants: programme.participants },
    periods: {
      national: `${allQuarters[0]}..${to} (${allQuarters.length} quarters)`,
      dashboard: dashboardPeriods.join(', '),
    },
    agreement,
    timingsMs: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, v.map((x) => round(x, 1))])),
    mediansMs: medians,
    ratios: {
      national: round(medians.rawNational / medians.national, 1),
      dashboard: round(medians.rawDashboard / medians.dashboard, 1),
    },
    targets: { national: medians.national < 1000, dashboard: medians.dashboard < 100 },
  };
}

/** The repository's dashboard and the raw one give the same figures, the programme's and each visible specialist's. */
function sameDashboard(stored: Dashboard, raw: Dashboard) {
  const rawOf = new Map(raw.specialists.map((s) => [s.id, s.figures]));
  const json = (x: unknown) => JSON.parse(JSON.stringify(x));
  deepStrictEqual(
    json({ figures: raw.figures, specialists: stored.specialists.map((s) => rawOf.get(s.id)) }),
    json({ figures: stored.figures, specialists: stored.specialists.map((s) => s.figures) }),
    'dashboard: pre-aggregated and raw figures differ',
  );
}

/** CPU of this process (the repository and domain code, the driver's parsing) since `before`. */
function cpuMsSince(before: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

type Result = {
  at: string;
  settings: Settings;
  machine: Record<string, unknown>;
  code: ReturnType<typeof codeState>;
  generation: Generation & { reused: boolean };
  refresh: Awaited<ReturnType<typeof refreshOnce>>;
  schemaSize: string;
} & Awaited<ReturnType<typeof measure>>;

function report(r: Result): string {
  const g = r.generation;
  const ms = r.mediansMs;
  const pass = (ok: boolean) => (ok ? 'met' : '**missed**');
  return `# outcomes, ${r.at}

Synthetic national set: \`ips synth ${g.cli}\` into PostgreSQL schema ${OUTCOMES_SCHEMA}, ${g.reused ? `generated ${g.at} (reused)` : 'generated in this run'}:
**${g.seconds} s** at load average ${g.loadAverage1m}; schema size **${g.schemaSize}** before the summary tables were filled.
${g.output}

Refresh of every programme's summary rows (the scheduled job's first run, every programme due), ${r.refresh.reused ? `done ${r.refresh.at} at commit ${r.refresh.commit} and reused (counted as of today, no casework changed since)` : 'in this run'}:
**${r.refresh.seconds} s** for ${r.refresh.programmes} programmes at load average ${r.refresh.loadAverage1m}; ${r.refresh.summaryRows.toLocaleString('en')} summary rows, ${r.refresh.summarySize}.
Schema size with the summary tables, at the end of this run: **${r.schemaSize}**.

Machine: ${Object.entries(r.machine)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}.
Code: ${describeCode(r.code)}.

Measured through \`OutcomeRepository\` (the routes' code: policy decision, audit event, summary rows,
suppression) and, beside it, the same figures from the raw records (\`loadProgrammeRecords\` and the
domain's \`countUnit\` for the cut the report shows). ${r.settings.rounds} rounds (raw national: ${r.settings.rawRounds}).

- National quarterly report: every region and programme, ${r.periods.national}, all metrics, threshold ${SUPPRESSION_THRESHOLD}.
- Programme dashboard: ${r.programme.name} (the largest, ${r.programme.participants.toLocaleString('en')} participants), its first view (${r.periods.dashboard}), per specialist, as its programme manager.

${table(
  ['report', 'pre-aggregated median ms', 'raw median ms', 'raw ÷ pre-aggregated', 'target', ''],
  [
    ['national', ms.national, ms.rawNational, r.ratios.national, '< 1000 ms', pass(r.targets.national)],
    [
      'programme dashboard',
      ms.dashboard,
      ms.rawDashboard,
      r.ratios.dashboard,
      '< 100 ms',
      pass(r.targets.dashboard),
    ],
  ].map((row) => row.map(String)),
)}

CPU of the bench process (repository, domain, driver; PostgreSQL's own work not included), median:
national ${ms.nationalCpu} ms, dashboard ${ms.dashboardCpu} ms. Reading the national report's summary
rows alone (\`programmeCounts\`, every programme × 40 quarters): median ${ms.nationalSummaryRead} ms.

Per round (ms): ${Object.entries(r.timingsMs)
    .map(([k, v]) => `${k} ${v.join(' / ')}`)
    .join('; ')}.

Agreement, checked once before timing: ${r.agreement.rows.toLocaleString('en')} summary rows of ${r.programme.name} (every period and cut) equal the counts computed from its raw records; its dashboard figures agree too.
`;
}
