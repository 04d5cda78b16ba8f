import { describeCode, round, table } from './results.ts';

/** A contrast row as both engines answer it (DiD rows carry group_by/group_value, event-study rows rel). */
export interface Contrast {
  outcome: string;
  group_by?: string;
  group_value?: string;
  rel?: number;
  estimate: number | null;
  se: number | null;
  n_participants: number;
  n_controls: number;
}

export interface Timings {
  personChange: number;
  did: number;
  eventStudy: number;
}

export interface EngineResult {
  timings: Timings;
  /** CPU seconds of this process: DuckDB's own, or (for PostgreSQL) only the client's. */
  cpu: Timings;
  did: Contrast[];
  study: Contrast[];
}

interface BenchResult {
  design: { persons: number; years: number; effect: number };
  summary: { benefitRows: number; contactRows: number; bytes: number; seconds: number; participants: number };
  counts?: { participants: number; matched_participants: number; controls: number };
  seconds: { generation: number; generationCpu: number; matching: number; matchingCpu: number };
  duckdb: EngineResult;
  postgres:
    | (EngineResult & { exportS: number; loadS: number; bytes: number; csvBytes: number; server: string })
    | null;
  machine: { cpus: number; cpuModel: string; loadAverage1m: number; loadAverage1mBefore: number };
  code: Parameters<typeof describeCode>[0];
}

const Z_95 = 1.959964;
const mb = (bytes: number) => round(bytes / 1e6, 1);

/** The overall DiD with its 95 % interval, and whether it covers the truth. */
export function overall(rows: Contrast[], truth: number) {
  const row = rows.find((r) => r.group_by === 'all');
  if (!row || row.estimate === null || row.se === null) return null;
  const [low, high] = [row.estimate - Z_95 * row.se, row.estimate + Z_95 * row.se];
  return { estimate: row.estimate, low, high, covers: low <= truth && truth <= high };
}

/** The event study's mean over months 0–11 after start (the DiD's post window). */
function postMean(rows: Contrast[]): number {
  const post = rows.filter((r) => (r.rel ?? -1) >= 0 && (r.rel ?? 99) <= 11);
  return post.reduce((sum, r) => sum + (r.estimate ?? 0), 0) / post.length;
}

const ratio = (pg: number | undefined, duck: number) => (pg === undefined ? '–' : `${round(pg / duck, 1)}×`);

function queryRows(r: BenchResult): Array<Array<string | number>> {
  const [d, c] = [r.duckdb.timings, r.duckdb.cpu];
  const p = r.postgres?.timings;
  const didTotal = (t: Timings) => round(t.personChange + t.did);
  const row = (name: string, duck: number, cpu: number, pg: number | undefined) => [
    name,
    duck,
    cpu,
    pg ?? '–',
    ratio(pg, duck),
  ];
  return [
    row(
      'person means: matches ⋈ benefit rows ±24 months, grouped',
      d.personChange,
      c.personChange,
      p?.personChange,
    ),
    row('DiD contrast (all, per region, per track)', d.did, c.did, p?.did),
    row('**DiD from the register** (the two above)', didTotal(d), didTotal(c), p && didTotal(p)),
    row(
      '**event study**: matches with means ⋈ benefit rows, by month',
      d.eventStudy,
      c.eventStudy,
      p?.eventStudy,
    ),
  ];
}

function estimateLine(name: string, rows: Contrast[], truth: number): string {
  const o = overall(rows, truth);
  if (!o) return `- ${name}: no estimate`;
  return `- ${name}: DiD ${round(o.estimate, 4)} (95 % CI ${round(o.low, 4)} to ${round(o.high, 4)}), true ${truth}: ${o.covers ? 'inside' : '**outside**'} the interval`;
}

export function registersMarkdown(r: BenchResult): string {
  const truth = r.design.effect;
  const pg = r.postgres;
  const sizes = table(
    ['persons', 'benefit rows', 'contact rows', 'Parquet MB', 'generation s (CPU s)', 'matching s (CPU s)'],
    [
      [
        r.design.persons,
        r.summary.benefitRows,
        r.summary.contactRows,
        mb(r.summary.bytes),
        `${r.seconds.generation} (${r.seconds.generationCpu})`,
        `${r.seconds.matching} (${r.seconds.matchingCpu})`,
      ],
    ],
  );
  const pgLines = pg
    ? `PostgreSQL ${pg.server}: CSV export by DuckDB ${pg.exportS} s (${mb(pg.csvBytes)} MB); COPY into unlogged tables + ANALYZE ${pg.loadS} s; tables ${mb(pg.bytes)} MB.`
    : 'PostgreSQL: not run (--no-pg).';
  return `# Registers bench

${describeCode(r.code)} · ${r.machine.cpus} × ${r.machine.cpuModel} · load average ${r.machine.loadAverage1mBefore} before, ${r.machine.loadAverage1m} after

DuckDB runs in the bench's process with 2 threads, so its CPU seconds are its own work; on a busy
machine the wall seconds grow with the load average and the CPU seconds do not.

${sizes}

Matched: ${r.counts?.matched_participants ?? '–'} of ${r.counts?.participants ?? '–'} participants, ${r.counts?.controls ?? '–'} controls.

${pgLines}

| query (same SQL text in both) | DuckDB s | DuckDB CPU s | PostgreSQL s | PG / DuckDB |
| --- | --- | --- | --- | --- |
${queryRows(r)
  .map((c) => `| ${c.join(' | ')} |`)
  .join('\n')}

${estimateLine('DuckDB', r.duckdb.did, truth)}; event study mean of months 0–11: ${round(postMean(r.duckdb.study), 4)}
${pg ? `${estimateLine('PostgreSQL', pg.did, truth)}; event study mean of months 0–11: ${round(postMean(pg.study), 4)}` : ''}
`;
}
