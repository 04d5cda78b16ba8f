import { sql } from 'kysely';
import { inject } from 'vitest';
import { type DatabaseTarget, openDatabase } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';
import { openStore } from '../../src/db/open-store.ts';
import { seedDemo } from '../../src/db/seed/demo.ts';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import { Store } from '../../src/db/store.ts';
import { hashPassword } from '../../src/server/auth/passwords.ts';

export const dbKind = (process.env.TEST_DB ?? 'pglite') as 'pglite' | 'postgres';

/** Each test worker has its own schema on the shared PostgreSQL server. */
export function workerSchema(suffix = ''): string {
  return `${inject('schemaPrefix')}_${process.env.VITEST_POOL_ID ?? '0'}${suffix}`;
}

/** A connection URL whose sessions use only `schema`. */
export function urlWithSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

let shared: Promise<Store> | null = null;
let passwordHash: Promise<string> | null = null;

function target(): DatabaseTarget {
  return dbKind === 'postgres'
    ? { kind: 'postgres', url: urlWithSchema(inject('postgresUrl'), workerSchema()), poolSize: 4 }
    : { kind: 'pglite', dataDir: 'memory' };
}

/** The worker's one database, opened once and shared by every test file the worker runs. */
export function testStore(): Promise<Store> {
  shared ??= (async () => {
    if (dbKind === 'postgres') {
      const admin = await openDatabase({ kind: 'postgres', url: inject('postgresUrl'), poolSize: 1 });
      await admin.exec(`drop schema if exists ${workerSchema()} cascade; create schema ${workerSchema()};`);
      await admin.close();
    }
    return openStore(target(), (e) => console.error(e));
  })();
  return shared;
}

/** Empties the worker's database, migrates it afresh and seeds the demo programme. */
export async function resetStore({ seed = true } = {}): Promise<Store> {
  const store = await testStore();
  await store.sealer.stop();
  const schema = dbKind === 'postgres' ? workerSchema() : 'public';
  await store.database.exec(`drop schema if exists ${schema} cascade; create schema ${schema};`);
  await migrate(store.database);
  if (seed) {
    if (seeded) {
      await restoreSeed(store, schema);
    } else {
      passwordHash ??= hashPassword(DEMO_PASSWORD);
      const hash = await passwordHash;
      await seedDemo(store, async () => hash);
      await store.sealer.flush();
      seeded = await keepSeed(store, schema);
    }
  }
  return store;
}

/**
 * The demo seed is made once per worker and kept as a copy of every table in a schema beside the
 * worker's; later resets copy it back, which is several times faster than seeding again. Triggers
 * (foreign keys, append-only guards, the referral trigger) are off while the rows go back, as they
 * were checked when the seed was first written.
 */
let seeded: { tables: string[]; sequences: { table: string; column: string }[] } | null = null;

const seedSchema = (schema: string) => `${schema}_seed`;

async function keepSeed(store: Store, schema: string) {
  const copy = seedSchema(schema);
  const tables = (
    await sql<{ name: string }>`select table_name as name from information_schema.tables
      where table_schema = ${schema} and table_type = 'BASE TABLE' and table_name <> 'schema_migration'`.execute(
      store.db,
    )
  ).rows.map((r) => r.name);
  const sequences = (
    await sql<{ table: string; column: string }>`select table_name as table, column_name as column
      from information_schema.columns
      where table_schema = ${schema} and column_default like 'nextval(%'`.execute(store.db)
  ).rows;
  await store.database.exec(
    [
      `drop schema if exists ${copy} cascade; create schema ${copy};`,
      ...tables.map((t) => `create table ${copy}.${t} as table ${schema}.${t};`),
    ].join('\n'),
  );
  return { tables, sequences };
}

async function restoreSeed(store: Store, schema: string) {
  const { tables, sequences } = seeded as NonNullable<typeof seeded>;
  const copy = seedSchema(schema);
  await store.database.exec(
    [
      'set session_replication_role = replica;',
      // Rows a migration writes (the regions) are in the copy too: the copy replaces them.
      ...tables.map(
        (t) => `delete from ${schema}.${t}; insert into ${schema}.${t} select * from ${copy}.${t};`,
      ),
      'set session_replication_role = origin;',
      ...sequences.map(
        (s) =>
          `select setval(pg_get_serial_sequence('${schema}.${s.table}', '${s.column}'), coalesce((select max(${s.column}) from ${schema}.${s.table}), 0) + 1, false);`,
      ),
    ].join('\n'),
  );
}
