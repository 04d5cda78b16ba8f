import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { DuckDBConnection } from '@duckdb/node-api';
import { attachRegisters } from '../src/research/analysis/attach.ts';
import { MATCH_COUNTS_SQL, matchingSql } from '../src/research/analysis/matching-sql.ts';
import {
  DID_SQL,
  eventStudySql,
  personChangeStep,
  type TableStep,
} from '../src/research/analysis/panel-sql.ts';
import { openDuckDb, rowsOf } from '../src/research/duckdb.ts';
import { type RegisterSummary, writeRegisters } from '../src/research/registers/write.ts';
import { benchDatabaseUrl, serverVersion } from './lib/db.ts';
import { bytesOf, dropPg, exportCsv, loadPg, openPg, runPgStep } from './lib/registers-pg.ts';
import { type Contrast, type EngineResult, registersMarkdown } from './lib/registers-report.ts';
import { codeState, machine, round, writeResults } from './lib/results.ts';

export const description =
  'synthetic registers as Parquet; matching in DuckDB; the DiD and event study in DuckDB and in PostgreSQL, timed';
export const usage = `registers [--persons 100000] [--years 10] [--no-pg] [--label NAME]
  Writes the registers into a temporary folder (generation time and file sizes), matches in DuckDB,
  then runs the same panel, DiD and event-study statements in DuckDB over the Parquet files and in
  PostgreSQL (BENCH_DATABASE_URL, schema ips_bench_registers, dropped after) over the same rows
  loaded by COPY. Reports each engine's seconds and their ratio, and the estimate against the truth.`;

/** Wall seconds, and this process's CPU seconds (DuckDB's threads run in it; PostgreSQL's do not). */
async function timed<T>(fn: () => Promise<T>): Promise<[T, number, number]> {
  const [started, cpu] = [performance.now(), process.cpuUsage()];
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return [value, round((performance.now() - started) / 1000), round((used.user + used.system) / 1e6)];
}

/** The statements both engines run, in order; the two result queries return rows. */
interface Engine {
  step(s: TableStep): Promise<void>;
  query(sql: string): Promise<Contrast[]>;
}

const OUTCOME = ['benefit_dependency'] as const;

async function runQueries(engine: Engine): Promise<EngineResult> {
  const [, personS, personCpu] = await timed(() => engine.step(personChangeStep(OUTCOME)));
  const [did, didS, didCpu] = await timed(() => engine.query(DID_SQL));
  const [study, studyS, studyCpu] = await timed(() => engine.query(eventStudySql(OUTCOME)));
  return {
    timings: { personChange: personS, did: didS, eventStudy: studyS },
    cpu: { personChange: personCpu, did: didCpu, eventStudy: studyCpu },
    did,
    study,
  };
}

function duckEngine(conn: DuckDBConnection): Engine {
  return {
    step: (s) => conn.run(`CREATE OR REPLACE TEMP TABLE ${s.table} AS ${s.select}`).then(() => {}),
    query: (sql) => rowsOf<Contrast>(conn, sql),
  };
}

async function postgres(conn: DuckDBConnection, dir: string) {
  const [parts, exportS] = await timed(() => exportCsv(conn, dir));
  const pool = await openPg();
  try {
    const [bytes, loadS] = await timed(() => loadPg(pool, parts));
    const csvBytes = await bytesOf(Object.values(parts).flat());
    const engine: Engine = {
      step: (s) => runPgStep(pool, s),
      // pg answers bigint counts as strings.
      query: async (sql) =>
        (await pool.query<Contrast>(sql)).rows.map((r) => ({
          ...r,
          n_participants: Number(r.n_participants),
          n_controls: Number(r.n_controls),
        })),
    };
    const queries = await runQueries(engine);
    return { exportS, loadS, bytes, csvBytes, server: await serverVersion(benchDatabaseUrl()), ...queries };
  } finally {
    await dropPg(pool);
  }
}

export async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      persons: { type: 'string', default: '100000' },
      years: { type: 'string', default: '10' },
      'no-pg': { type: 'boolean', default: false },
      label: { type: 'string' },
    },
  });
  const design = {
    persons: Number(values.persons),
    years: Number(values.years),
    effect: -0.08,
    healthEffect: -0.2,
    seed: 1,
    ipsShare: 0.1,
    firstMonth: '2016-01-01',
  };
  const loadBefore = machine().loadAverage1m;
  const dir = await mkdtemp(join(tmpdir(), 'ips-bench-registers-'));
  try {
    const conn = await openDuckDb();
    const cpuBefore = process.cpuUsage();
    const summary: RegisterSummary = await writeRegisters(
      conn,
      design,
      join(dir, 'registers'),
      (phase, done, total) => console.error(`${phase} ${done}/${total}`),
    );
    const used = process.cpuUsage(cpuBefore);
    const generationCpu = (used.user + used.system) / 1e6;
    await attachRegisters(conn, join(dir, 'registers'));
    const [, matchingS, matchingCpu] = await timed(async () => {
      for (const s of matchingSql(design.seed)) await conn.run(s);
    });
    const [counts] = await rowsOf<{ participants: number; matched_participants: number; controls: number }>(
      conn,
      MATCH_COUNTS_SQL,
    );
    console.error('DuckDB queries');
    const duck = await runQueries(duckEngine(conn));
    console.error('PostgreSQL');
    const pgResult = values['no-pg'] ? null : await postgres(conn, join(dir, 'csv'));
    conn.closeSync();
    const result = {
      design,
      summary,
      counts,
      seconds: {
        generation: round(summary.seconds),
        generationCpu: round(generationCpu),
        matching: matchingS,
        matchingCpu,
      },
      duckdb: duck,
      postgres: pgResult,
      machine: { ...machine(), loadAverage1mBefore: loadBefore },
      code: codeState(),
    };
    const md = registersMarkdown(result);
    for (const file of writeResults('registers', result, md, values.label)) console.log(file);
    console.log(md);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
