import { createReadStream } from 'node:fs';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { DuckDBConnection } from '@duckdb/node-api';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { TableStep } from '../../src/research/analysis/panel-sql.ts';
import { literal } from '../../src/research/duckdb.ts';
import { freshSchema } from './db.ts';

/** The bench's own schema, dropped when it is done. */
export const PG_SCHEMA = 'ips_bench_registers';

/** What is loaded: the register rows, the persons, and DuckDB's matches (the queries' input). */
const TABLES = {
  persons: {
    ddl: 'person_key text, cohort text, sex text, birth_year integer, region text, track text, ips_start date',
    source: 'SELECT person_key, cohort, sex, birth_year, region, track, ips_start FROM persons',
  },
  benefit_status: {
    ddl: 'person_key text, month date, status text',
    source: 'SELECT person_key, month, status FROM benefit_status',
  },
  matched: {
    ddl: 'replicate integer, person_key text, treated boolean, ref_start date, region text, track text, window_from date, window_to date',
    source:
      'SELECT replicate, person_key, treated, ref_start, region, track, window_from, window_to FROM matched',
  },
} as const;

export type PgTable = keyof typeof TABLES;

/** Rows per CSV part, so two connections can COPY at once. */
const ROWS_PER_PART = 10_000_000;

/**
 * DuckDB writes each table as CSV parts in `dir` (timed apart from the load, as it is DuckDB's work).
 */
export async function exportCsv(conn: DuckDBConnection, dir: string): Promise<Record<PgTable, string[]>> {
  const parts = {} as Record<PgTable, string[]>;
  await mkdir(dir, { recursive: true });
  for (const [name, t] of Object.entries(TABLES) as Array<[PgTable, (typeof TABLES)[PgTable]]>) {
    const folder = join(dir, name);
    await conn.run(
      `COPY (${t.source}) TO ${literal(folder)} (FORMAT csv, HEADER false, PER_THREAD_OUTPUT false, FILE_SIZE_BYTES ${ROWS_PER_PART * 30})`,
    );
    parts[name] = (await readdir(folder)).sort().map((f) => join(folder, f));
  }
  return parts;
}

async function copyFile(pool: pg.Pool, table: string, file: string) {
  const client = await pool.connect();
  try {
    await pipeline(createReadStream(file), client.query(copyFrom(`COPY ${table} FROM STDIN (FORMAT csv)`)));
  } finally {
    client.release();
  }
}

/** Unlogged tables (a bench's scratch data, dropped after), filled by two COPY streams at a time. */
export async function loadPg(pool: pg.Pool, parts: Record<PgTable, string[]>): Promise<number> {
  for (const [name, t] of Object.entries(TABLES))
    await pool.query(`CREATE UNLOGGED TABLE ${name} (${t.ddl})`);
  const queue = Object.entries(parts).flatMap(([table, files]) => files.map((file) => ({ table, file })));
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) await copyFile(pool, job.table, job.file);
  };
  await Promise.all([worker(), worker()]);
  await pool.query('ANALYZE');
  const { rows } = await pool.query<{ bytes: string }>(
    `SELECT sum(pg_total_relation_size(c.oid))::text AS bytes FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`,
    [PG_SCHEMA],
  );
  return Number(rows[0]?.bytes ?? 0);
}

/** A table step as PostgreSQL runs it: an unlogged table (temporary ones get no parallel workers). */
export async function runPgStep(pool: pg.Pool, step: TableStep): Promise<void> {
  await pool.query(`DROP TABLE IF EXISTS ${step.table}`);
  await pool.query(`CREATE UNLOGGED TABLE ${step.table} AS ${step.select}`);
}

/**
 * A pool confined to a fresh bench schema. work_mem is raised so the hash join of the matches and
 * the grouping stay in memory, as DuckDB's do; everything else is the server's default.
 */
export async function openPg(): Promise<pg.Pool> {
  const url = new URL(await freshSchema(PG_SCHEMA));
  url.searchParams.set('options', `${url.searchParams.get('options') ?? ''} -c work_mem=256MB`);
  return new pg.Pool({ connectionString: url.toString(), max: 2 });
}

export async function dropPg(pool: pg.Pool): Promise<void> {
  await pool.query(`DROP SCHEMA IF EXISTS ${PG_SCHEMA} CASCADE`);
  await pool.end();
}

export async function bytesOf(files: string[]): Promise<number> {
  let total = 0;
  for (const f of files) total += (await stat(f)).size;
  return total;
}
