// `npm run bench -- meta`: the REML meta-regression with two moderators on 10,000 synthetic studies
// (goal < 1 s) beside a 27-study run (seed 001's size), timing the whole `ips meta` analysis:
// τ² by REML, the Q-profile CI, R² (a second REML fit), Egger's test (a third) and the report.
import { parseArgs } from 'node:util';
import { analyse, type MetaOptions } from '../src/research/meta/analyse.ts';
import type { Study } from '../src/research/meta/types.ts';
import { codeState, describeCode, machine, median, round, table, writeResults } from './lib/results.ts';

export const description = 'REML meta-regression, 2 moderators: 10,000 studies (goal < 1 s) and 27';
export const usage = 'meta [--runs N] [--label NAME]';

const GOAL_MS = 1000;
const OPTIONS: MetaOptions = {
  measure: 'RR',
  method: 'REML',
  hksj: false,
  mods: ['generosity', 'protection'],
};

/** Deterministic studies: RR depends on both moderators, with between-study spread (mulberry32). */
export function syntheticStudies(k: number, seed = 1): Study[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: k }, (_, i) => {
    const generosity = random();
    const protection = random();
    const n = 40 + Math.floor(random() * 300);
    const control = 0.15 + 0.2 * random();
    const logRr = 0.7 - 0.4 * generosity - 0.3 * protection + 0.8 * (random() - 0.5);
    const treated = Math.min(0.95, control * Math.exp(logRr));
    const events = (p: number) => Math.round(n * p + (random() - 0.5) * Math.sqrt(n * p * (1 - p)));
    return {
      study: `S${i + 1}`,
      eventsT: events(treated),
      nT: n,
      eventsC: events(control),
      nC: n,
      moderators: { generosity, protection },
    };
  });
}

function time(studies: Study[], runs: number) {
  const ms: number[] = [];
  let tau2 = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    tau2 = analyse(studies, OPTIONS).tau2;
    ms.push(performance.now() - started);
  }
  return { k: studies.length, runs, medianMs: round(median(ms), 1), maxMs: round(Math.max(...ms), 1), tau2 };
}

export async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { runs: { type: 'string', default: '5' }, label: { type: 'string' } },
  });
  const runs = Number(values.runs);
  const host = machine();
  const code = codeState();
  const rows = [time(syntheticStudies(27), runs * 10), time(syntheticStudies(10_000), runs)];
  const big = rows[1];
  const met = big !== undefined && big.medianMs < GOAL_MS;
  const md = [
    `# meta: REML meta-regression with two moderators (${describeCode(code)})`,
    '',
    `${host.cpus} × ${host.cpuModel}, Node ${host.node}, load ${host.loadAverage1m}. Whole analysis per run (τ², its CI, R², Egger).`,
    '',
    table(
      ['studies', 'runs', 'median ms', 'max ms', 'τ²'],
      rows.map((r) => [r.k, r.runs, r.medianMs, r.maxMs, round(r.tau2, 5)]),
    ),
    '',
    `10,000 studies under ${GOAL_MS} ms: ${met ? 'met' : 'NOT met'}.`,
    '',
  ].join('\n');
  const paths = writeResults(
    'meta',
    { bench: 'meta', at: new Date().toISOString(), machine: host, code, rows, goalMs: GOAL_MS, met },
    md,
    values.label,
  );
  console.log(md);
  console.log(`written: ${paths.join(', ')}`);
}
