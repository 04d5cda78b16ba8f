import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.ts';
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
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string | 'memory' };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === 'postgres' ? openPostgres(target.url, target.poolSize) : openPGlite(target.dataDir);
}

async function openPostgres(url: string, poolSize = 10): Promise<Database> {
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

async function openPGlite(dataDir: string | 'memory'): Promise<Database> {
  let location: string | undefined;
  if (dataDir !== 'memory') {
    location = join(dataDir, 'pglite');
    mkdirSync(location, { recursive: true });
  }
  const pglite = new PGlite({ ...(location ? { dataDir: location } : {}), parsers: typeParsers });
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
    close: () => db.destroy(),
  };
}
