import { parseArgs } from 'node:util';
import { openStore } from '../src/db/open-store.ts';
import { drainAudit, signIn, type Target } from './lib/api-fixture.ts';
import {
  baselineParticipant,
  CASELOAD_SCHEMA,
  caseloadFacts,
  ensureCaseloadData,
  MEASURED_SPECIALIST,
  SUPERVISOR,
} from './lib/caseload-data.ts';
import { CASELOAD_GENERATION } from './lib/caseload-generator.ts';
import { CASELOAD_QUERY_MARK, EXPECTED_INDEXES, explainStatement, type Plan } from './lib/caseload-plan.ts';
import { schemaUrl, serverVersion } from './lib/db.ts';
import { latencyStats, sequential } from './lib/latency.ts';
import { codeState, describeCode, machine, resultsLabel, round, table, writeResults } from './lib/results.ts';
import { type ServerChild, startServer } from './lib/server-child.ts';
import { withWorktree } from './lib/worktree.ts';
import type { CapturedStatement } from './servers/query-counter.ts';

export const description =
  'GET /api/caseload and /api/tasks of one job specialist in a 50-specialist programme with 5 years of casework';
export const usage = `caseload [--regenerate] [--requests 200] [--warm-up 30] [--baseline <commit>] [--label run]
  Generates the programme once into schema ${CASELOAD_SCHEMA} (about a minute) and reuses it;
  --regenerate drops and generates it again. Then --requests sequential requests per target (the
  targets taking turns, after --warm-up rounds thrown away): a bare Fastify + pg single-row read, the
  caseload page and the task list as ${MEASURED_SPECIALIST}, and the supervisor's overview.
  --baseline also runs the app of another commit (a temporary worktree) on the same schema, its
  targets taking turns with the others, so a change is measured against it in the same run.`;

const TARGET_MEDIAN_MS = 50;

export async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      regenerate: { type: 'boolean', default: false },
      requests: { type: 'string', default: '200' },
      'warm-up': { type: 'string', default: '30' },
      baseline: { type: 'string' },
      label: { type: 'string' },
    },
  });
  if (!values.baseline) return measure(values);
  await withWorktree(values.baseline, (dir, sha) => measure(values, { root: dir, commit: sha }));
}

async function measure(
  values: { regenerate?: boolean; requests: string; 'warm-up': string; label?: string },
  other?: { root: string; commit: string },
) {
  const settings = { requests: Number(values.requests), warmUp: Number(values['warm-up']) };
  const host = machine(); // before our own load lifts the load average
  const data = await ensureCaseloadData(values.regenerate === true);
  const url = schemaUrl(CASELOAD_SCHEMA);
  const facts = await caseloadFacts(url);
  const store = await openStore({ kind: 'postgres', url, poolSize: 2 }, (e) => console.error(e));
  const code = codeState(); // as the servers load src/
  const env = { BENCH_SERVER_DATABASE_URL: url };
  const baseline = await startServer('baseline', env);
  const app = await startServer('app', { ...env, BENCH_CAPTURE_SQL: CASELOAD_QUERY_MARK });
  const otherApp = other ? await startServer('app', env, other.root) : null;
  try {
    const targets = await targetsOf(baseline, app, url);
    const shapes = await checkAnswers(targets);
    const compared = otherApp && other ? await otherTargets(otherApp, other.commit) : [];
    await drainAudit(store);
    const all = [...Object.values(targets), ...compared];
    const ms = await sequential(all, settings.requests, settings.warmUp);
    const measured = all.map((t, k) => ({ name: t.name, ...latencyStats(ms[k] ?? []) }));
    await drainAudit(store);
    const statements = {
      caseload: await statementOf(app, targets.caseload),
      tasks: await statementOf(app, targets.tasks),
    };
    const plans = {
      caseload: await explainStatement(url, statements.caseload, EXPECTED_INDEXES.caseload),
      tasks: await explainStatement(url, statements.tasks, EXPECTED_INDEXES.tasks),
    };
    const [base, caseload, tasks, overview, ...atOther] = measured;
    const over = (here?: { medianMs: number }, there?: { medianMs: number }) =>
      round((here?.medianMs ?? 0) / (there?.medianMs ?? 1));
    const result = {
      bench: 'caseload',
      at: new Date().toISOString(),
      settings,
      machine: { ...host, postgres: await serverVersion(url) },
      code,
      data: { ...data, ...facts, generation: CASELOAD_GENERATION },
      shapes,
      measured,
      ratios: {
        caseloadOverBaseline: round((caseload?.medianMs ?? 0) / (base?.medianMs ?? 1)),
        tasksOverBaseline: round((tasks?.medianMs ?? 0) / (base?.medianMs ?? 1)),
      },
      comparedTo: other && {
        commit: other.commit,
        caseload: over(caseload, atOther[0]),
        tasks: over(tasks, atOther[1]),
        overview: over(overview, atOther[2]),
      },
      targetMedianMs: TARGET_MEDIAN_MS,
      meetsTarget: [caseload, tasks].every((m) => (m?.medianMs ?? Infinity) < TARGET_MEDIAN_MS),
      statements,
      plans,
    };
    const markdown = report(result);
    console.log(`\n${markdown}`);
    for (const path of writeResults('caseload', result, markdown, resultsLabel(values.label))) {
      console.log(`wrote ${path}`);
    }
    if (![...plans.caseload, ...plans.tasks].every((p) => p.missingIndexes.length === 0))
      process.exitCode = 1;
  } finally {
    await Promise.all([baseline.stop(), app.stop(), otherApp?.stop()]);
    await store.close();
  }
}

async function targetsOf(baseline: ServerChild, app: ServerChild, url: string) {
  const specialist = { cookie: await signIn(app.url, MEASURED_SPECIALIST) };
  return {
    baseline: {
      name: 'a: bare Fastify + pg, one participant row',
      url: `${baseline.url}/participants/${await baselineParticipant(url)}`,
      headers: {},
    },
    caseload: { name: 'b: GET /api/caseload', url: `${app.url}/api/caseload`, headers: specialist },
    tasks: { name: 'c: GET /api/tasks', url: `${app.url}/api/tasks`, headers: specialist },
    overview: {
      name: `d: GET /api/caseload/overview (${SUPERVISOR})`,
      url: `${app.url}/api/caseload/overview`,
      headers: { cookie: await signIn(app.url, SUPERVISOR) },
    },
  } satisfies Record<string, Target>;
}

/** The same pages on the app of another commit, named by it. */
async function otherTargets(app: ServerChild, commit: string): Promise<Target[]> {
  const specialist = { cookie: await signIn(app.url, MEASURED_SPECIALIST) };
  return [
    { name: `b at ${commit}: GET /api/caseload`, url: `${app.url}/api/caseload`, headers: specialist },
    { name: `c at ${commit}: GET /api/tasks`, url: `${app.url}/api/tasks`, headers: specialist },
    {
      name: `d at ${commit}: GET /api/caseload/overview`,
      url: `${app.url}/api/caseload/overview`,
      headers: { cookie: await signIn(app.url, SUPERVISOR) },
    },
  ];
}

interface Answers {
  rows?: { discharged: boolean }[];
  tasks?: { kind: string }[];
  specialists?: unknown[];
  referralQueue?: unknown[];
}

/** Each target must answer what it claims to measure: a page of 20 active rows, a task list, … */
async function checkAnswers(targets: Awaited<ReturnType<typeof targetsOf>>) {
  const get = async (t: Target) => {
    const response = await fetch(t.url, { headers: t.headers });
    const body = (await response.json()) as Answers;
    if (response.status !== 200) throw new Error(`${t.name}: ${response.status} ${JSON.stringify(body)}`);
    return body;
  };
  await get(targets.baseline);
  const page = await get(targets.caseload);
  const active = page.rows?.filter((r) => !r.discharged).length ?? 0;
  if (active !== CASELOAD_GENERATION.activePerSpecialist) {
    throw new Error(
      `${targets.caseload.name}: ${active} active rows, expected ${CASELOAD_GENERATION.activePerSpecialist}`,
    );
  }
  const tasks = (await get(targets.tasks)).tasks ?? [];
  const overview = await get(targets.overview);
  const byKind: Record<string, number> = {};
  for (const t of tasks) byKind[t.kind] = (byKind[t.kind] ?? 0) + 1;
  return {
    caseloadRows: page.rows?.length ?? 0,
    activeRows: active,
    tasks: tasks.length,
    tasksByKind: byKind,
    overviewSpecialists: overview.specialists?.length ?? 0,
    referralQueue: overview.referralQueue?.length ?? 0,
  };
}

/** The statement the app sent for one more request to `target`, with its parameters. */
async function statementOf(app: ServerChild, target: Target): Promise<CapturedStatement> {
  const response = await fetch(target.url, { headers: target.headers });
  await response.arrayBuffer();
  const { captured } = await app.stats();
  if (!response.ok || !captured) throw new Error(`${target.name}: no statement captured`);
  return captured;
}

type Result = {
  at: string;
  settings: { requests: number; warmUp: number };
  machine: Record<string, string | number>;
  code: ReturnType<typeof codeState>;
  data: Awaited<ReturnType<typeof ensureCaseloadData>> &
    Awaited<ReturnType<typeof caseloadFacts>> & { generation: typeof CASELOAD_GENERATION };
  shapes: Awaited<ReturnType<typeof checkAnswers>>;
  measured: Array<{ name: string } & ReturnType<typeof latencyStats>>;
  ratios: { caseloadOverBaseline: number; tasksOverBaseline: number };
  comparedTo: { commit: string; caseload: number; tasks: number; overview: number } | undefined;
  targetMedianMs: number;
  meetsTarget: boolean;
  statements: Record<'caseload' | 'tasks', CapturedStatement>;
  plans: Record<'caseload' | 'tasks', Plan[]>;
};

function report(r: Result): string {
  const machineLine = Object.entries(r.machine)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const rows = r.measured.map((m) => [m.name, m.medianMs, m.p95Ms, m.p99Ms, m.maxMs]);
  const tasksByKind = Object.entries(r.shapes.tasksByKind)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return `# caseload, ${r.at}

The job specialist's caseload page and task list, measured in the real app (session, policy, one
audit event per participant shown, hash-chain sealing) as ${MEASURED_SPECIALIST}, beside a bare
Fastify 5 + pg single-row read in the same run.
${describeData(r.data)}
Answers: the page has ${r.shapes.caseloadRows} rows (${r.shapes.activeRows} active, the rest discharged in the last 90 days); ${r.shapes.tasks} tasks
(${tasksByKind || 'none'}); the overview lists ${r.shapes.overviewSpecialists} specialists and ${r.shapes.referralQueue} referrals in the queue.
Machine: ${machineLine}.
Code: ${describeCode(r.code)}.

Method: ${r.settings.requests} sequential requests per target, one at a time on a kept-alive connection, the
targets taking turns, after ${r.settings.warmUp} rounds thrown away; timed from sending to the whole body read.

${table(['target', 'median ms', 'p95 ms', 'p99 ms', 'max ms'], rows)}

Median over the baseline's: caseload ${r.ratios.caseloadOverBaseline}×, tasks ${r.ratios.tasksOverBaseline}×.
${
  r.comparedTo
    ? `\nMedian here over the same page's at ${r.comparedTo.commit}, same run: caseload ${r.comparedTo.caseload}×, tasks ${r.comparedTo.tasks}×, overview ${r.comparedTo.overview}×.\n`
    : ''
}
**Median < ${r.targetMedianMs} ms for the caseload page and the task list: ${r.meetsTarget ? 'met' : 'NOT met'}.**

## The statements

Captured in the server process as \`src/db/repositories/caseload-rows.ts\` and \`tasks-query.ts\` sent
them, with their parameters, and EXPLAINed as the app runs them: a named prepared statement, which
PostgreSQL may plan generically from its sixth execution on.

### Caseload page

\`\`\`sql
${r.statements.caseload.text}
-- parameters: ${JSON.stringify(r.statements.caseload.values)}
\`\`\`

${r.plans.caseload.map((p) => renderPlan('Caseload page', p)).join('\n\n')}

### Task list

\`\`\`sql
${r.statements.tasks.text}
-- parameters: ${JSON.stringify(r.statements.tasks.values)}
\`\`\`

${r.plans.tasks.map((p) => renderPlan('Task list', p)).join('\n\n')}
`;
}

function describeData(d: Result['data']): string {
  const g = d.generation;
  const made = d.reused
    ? `generated on ${d.generatedOn} by an earlier run`
    : `generated in this run in ${d.generationSeconds} s`;
  const counts = Object.entries(d.counts)
    .map(([t, n]) => `${t} ${n.toLocaleString('en')}`)
    .join(', ');
  return `PostgreSQL schema ${CASELOAD_SCHEMA} (${made}; database ${d.databaseSize}): the demo programme plus
${g.specialists} generated job specialists, each with ${g.activePerSpecialist} active participants and ${g.dischargedPerSpecialist} discharged over ${g.years} years, with
~${g.participantContactsPerWeek} participant contacts a week each while in the programme, an employer contact about them every
~${g.participantEmployerContactEveryDays} days from job search on, ${g.generalEmployerContactsPerDay} general employer contacts per specialist per working day, and
${g.activityEntriesPerDay} activity entries per specialist per working day; jobs, benefits plans, consents and stage transitions.
Rows: ${counts}. ${d.specialist.username} has had ${d.specialist.everAssigned} participants (${d.specialist.active} active) with
${d.specialist.participantContacts.toLocaleString('en')} participant contacts.`;
}

function renderPlan(title: string, p: Plan): string {
  const indexes =
    p.missingIndexes.length === 0
      ? 'uses the expected indexes'
      : `**does not use ${p.missingIndexes.map((i) => `\`${i}\``).join(', ')}**`;
  return `#### ${title}: execution ${p.execution} of the prepared statement (${indexes})

\`\`\`
${p.text}
\`\`\``;
}
