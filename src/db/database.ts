import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import { type Durability, openPGliteFiles } from './pglite-durable.ts';
import { PreparedStatementPool } from './prepared-pool.ts';
import type { Schema } from './schema.ts';
import { typeParsers } from './type-parsers.ts';

export type DatabaseKind = 'pglite' | 'postgres';
export type Db = Kysely<Schema>;

export interface Database {
  kind: DatabaseKind;
  db: Db;
  /** Runs a script of several statements as one implicit transaction (simple query protocol). */
  exec(script: string): Promise<void>;
  /** PGlite only: its files as one gzipped tar, taken between two statements, after a checkpoint. */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | {
      kind: 'pglite';
      dataDir: string | 'memory';
      /** What this process is, for the lock file (default: its command line). */
      owner?: string;
      /** Only a bench turns this off, to measure what durability costs. */
      durability?: Durability;
      /**
       * A data-dir dump to create the database from (a restore; a test server's seeded demo); the
       * directory must hold none yet, and an in-memory database starts from it instead of empty.
       */
      loadDataDir?: Blob;
      /** PGlite files (of a cleanly closed database) to start from when `dataDir` holds none yet. */
      initialFiles?: string;
    };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === 'postgres' ? openPostgres(target.url, target.poolSize) : openPGlite(target);
}

async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  // Loaded here, so an embedded start does not load the PostgreSQL driver.
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        typeParsers[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  await pool.query('select 1');
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool: new PreparedStatementPool(pool) }) });
  return {
    kind: 'postgres',
    db,
    exec: async (script) => {
      await pool.query(script);
    },
    close: () => db.destroy(),
  };
}

async function openPGlite(target: Extract<DatabaseTarget, { kind: 'pglite' }>): Promise<Database> {
  if (target.dataDir === 'memory')
    return pgliteDatabase(
      new PGlite({ parsers: typeParsers, ...(target.loadDataDir && { loadDataDir: target.loadDataDir }) }),
      null,
    );
  const owner = target.owner ?? `a process running ${process.argv[1] ?? process.argv0}`;
  const lock = acquireDataDirLock(target.dataDir, owner);
  try {
    const location = pgliteLocation(target.dataDir);
    const pglite = await openPGliteFiles(
      location,
      target.durability ?? 'fsync',
      { parsers: typeParsers, ...(target.loadDataDir && { loadDataDir: target.loadDataDir }) },
      target.initialFiles,
    );
    return await pgliteDatabase(pglite, lock);
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** Where the PGlite files of a data directory live. */
export const pgliteLocation = (dataDir: string) => join(dataDir, 'pglite');

async function pgliteDatabase(pglite: PGlite, lock: DataDirLock | null): Promise<Database> {
  await pglite.waitReady;
  const db = new Kysely<Schema>({ dialect: new PGliteDialect(pglite) });
  return {
    kind: 'pglite',
    db,
    // Goes through Kysely's connection so it queues behind any open transaction.
    exec: (script) =>
      db.connection().execute(async () => {
        await pglite.exec(script);
      }),
    dumpDataDir: () =>
      db.connection().execute(async () => {
        await pglite.exec('checkpoint');
        return pglite.dumpDataDir('gzip');
      }),
    close: async () => {
      await db.destroy();
      lock?.release();
    },
  };
}
