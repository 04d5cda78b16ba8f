import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { literal, rowsOf } from '../duckdb.ts';
import { benefitSql, healthContactsSql, monthsSql, PERSON_COLUMNS, personsSql } from './generate-sql.ts';
import type { RegisterParams } from './params.ts';

/** The register files under the output folder, as the analyses read them. */
export const REGISTER_FILES = {
  persons: 'persons.parquet',
  benefitStatus: 'benefit_status',
  healthContacts: 'health_contacts',
  truth: 'truth.json',
} as const;

/** Persons per Parquet part: about 12 million benefit rows each for ten years. */
const PERSONS_PER_PART = 100_000;

export type Progress = (phase: string, done: number, total: number) => void;

export interface RegisterSummary {
  persons: number;
  participants: number;
  benefitRows: number;
  contactRows: number;
  bytes: number;
  seconds: number;
}

async function defineDesign(conn: DuckDBConnection, p: RegisterParams) {
  await conn.run(monthsSql(p));
  await conn.run(personsSql(p));
}

/**
 * The registers in this connection, for tests: persons as a table (with its replicate), the
 * monthly registers as views computed when read, so many replicates need no memory of their own.
 */
export async function createRegisterTables(conn: DuckDBConnection, p: RegisterParams): Promise<void> {
  await defineDesign(conn, p);
  const all = p.persons * (p.replicates ?? 1);
  await conn.run(
    `CREATE OR REPLACE TABLE persons AS SELECT replicate, ${PERSON_COLUMNS} FROM register_person`,
  );
  await conn.run(`CREATE OR REPLACE VIEW benefit_status AS ${benefitSql(p, 0, all)}`);
  await conn.run(`CREATE OR REPLACE VIEW health_contacts AS ${healthContactsSql(p, 0, all)}`);
}

const part = (k: number) => `part-${String(k).padStart(4, '0')}.parquet`;

async function copyTo(conn: DuckDBConnection, select: string, file: string): Promise<number> {
  const [row] = await rowsOf<{ Count: number }>(
    conn,
    `COPY (${select}) TO ${literal(file)} (FORMAT parquet, COMPRESSION zstd)`,
  );
  return row?.Count ?? 0;
}

async function sizeOf(dir: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) bytes += (await stat(join(entry.parentPath, entry.name))).size;
  return bytes;
}

/**
 * Writes the registers as Parquet: persons.parquet, and the monthly benefit status and the health
 * contacts in parts of PERSONS_PER_PART persons, so memory stays flat for a million persons. The
 * design and the true effects go beside them in truth.json, so analyses can be checked against it.
 */
export async function writeRegisters(
  conn: DuckDBConnection,
  p: RegisterParams,
  outDir: string,
  progress: Progress,
): Promise<RegisterSummary> {
  const started = Date.now();
  await defineDesign(conn, p);
  // Without it DuckDB writes each file on one thread to keep the rows in the order computed; the
  // rows are the same either way (every draw is keyed on person and month), only their order within a
  // part may differ, and that roughly halves the time of a part on two cores.
  await conn.run('SET preserve_insertion_order = false');
  for (const dir of [REGISTER_FILES.benefitStatus, REGISTER_FILES.healthContacts])
    await mkdir(join(outDir, dir), { recursive: true });
  const persons = await copyTo(
    conn,
    `SELECT ${PERSON_COLUMNS} FROM register_person ORDER BY person_no`,
    join(outDir, REGISTER_FILES.persons),
  );
  const parts = Math.ceil(p.persons / PERSONS_PER_PART);
  let benefitRows = 0;
  let contactRows = 0;
  for (let k = 0; k < parts; k++) {
    progress('registers', k, parts);
    const [lo, hi] = [k * PERSONS_PER_PART, Math.min(p.persons, (k + 1) * PERSONS_PER_PART)];
    benefitRows += await copyTo(
      conn,
      benefitSql(p, lo, hi),
      join(outDir, REGISTER_FILES.benefitStatus, part(k)),
    );
    contactRows += await copyTo(
      conn,
      healthContactsSql(p, lo, hi),
      join(outDir, REGISTER_FILES.healthContacts, part(k)),
    );
  }
  progress('registers', parts, parts);
  await conn.run('RESET preserve_insertion_order');
  const [ips] = await rowsOf<{ n: number }>(
    conn,
    `SELECT count(*) AS n FROM register_person WHERE cohort = 'ips'`,
  );
  const summary = {
    persons,
    participants: ips?.n ?? 0,
    benefitRows,
    contactRows,
    bytes: await sizeOf(outDir),
    seconds: (Date.now() - started) / 1000,
  };
  const truth = {
    design: p,
    trueEffect: { benefitDependency: p.effect, healthContacts: p.healthEffect },
    summary,
  };
  await writeFile(join(outDir, REGISTER_FILES.truth), `${JSON.stringify(truth, null, 2)}\n`);
  return summary;
}
