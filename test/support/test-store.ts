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

/**
 * Gives the test the demo programme (or, with `seed: false`, an empty migrated database). When the
 * schema is as the seed left it, only the rows and sequences are put back, which skips running
 * every migration again; a test that changed the schema (dropped a table, disabled a trigger, ran
 * migrations by hand) gets a schema dropped and migrated afresh.
 */
export async function resetStore({ seed = true } = {}): Promise<Store> {
  const store = await testStore();
  await store.sealer.stop();
  const schema = dbKind === 'postgres' ? workerSchema() : 'public';
  if (seed && seeded && (await schemaFingerprint(store, schema)) === seeded.fingerprint) {
    await restoreSeed(store, schema);
    return store;
  }
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
 * worker's, with where each sequence stood; later resets copy it back, which is several times
 * faster than seeding again. Triggers (foreign keys, append-only guards, the referral trigger) are
 * off while the rows go back, as they were checked when the seed was first written.
 */
interface KeptSeed {
  tables: string[];
  sequences: { name: string; value: string; called: boolean }[];
  fingerprint: string;
}

let seeded: KeptSeed | null = null;

const seedSchema = (schema: string) => `${schema}_seed`;

/**
 * A digest of everything in the schema a test could change and a copy of the rows would not put
 * back: relations, columns, defaults, constraints, indexes, triggers (and whether each is
 * enabled), functions, views and grants.
 */
async function schemaFingerprint(store: Store, schema: string): Promise<string> {
  const { rows } = await sql<{ digest: string | null }>`
    with objects as (
      select c.oid, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = ${schema}
    ), facts as (
      select concat_ws(':', 'rel', relname, c.relkind, c.relacl::text, c.relrowsecurity) as f
        from pg_class c where c.oid in (select oid from objects)
      union all select concat_ws(':', 'col', o.relname, a.attname, format_type(a.atttypid, a.atttypmod),
          a.attnotnull, pg_get_expr(d.adbin, d.adrelid))
        from objects o join pg_attribute a on a.attrelid = o.oid and a.attnum > 0 and not a.attisdropped
        left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
      union all select concat_ws(':', 'con', o.relname, k.conname, pg_get_constraintdef(k.oid))
        from pg_constraint k join objects o on o.oid = k.conrelid
      union all select concat_ws(':', 'idx', i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid))
        from pg_index i join objects o on o.oid = i.indrelid
      union all select concat_ws(':', 'trg', o.relname, t.tgname, t.tgenabled, pg_get_triggerdef(t.oid))
        from pg_trigger t join objects o on o.oid = t.tgrelid
      union all select concat_ws(':', 'fn', p.proname, md5(p.prosrc), p.proacl::text)
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = ${schema}
      union all select concat_ws(':', 'view', viewname, md5(definition))
        from pg_views where schemaname = ${schema}
    )
    select md5(string_agg(f, '|' order by f)) as digest from facts`.execute(store.db);
  return rows[0]?.digest ?? '';
}

async function keepSeed(store: Store, schema: string): Promise<KeptSeed> {
  const copy = seedSchema(schema);
  const tables = (
    await sql<{ name: string }>`select table_name as name from information_schema.tables
      where table_schema = ${schema} and table_type = 'BASE TABLE' and table_name <> 'schema_migration'`.execute(
      store.db,
    )
  ).rows.map((r) => r.name);
  const sequences = (
    await sql<{ name: string; value: string; called: boolean }>`
      select sequencename as name, coalesce(last_value, start_value)::text as value,
        last_value is not null as called
      from pg_sequences where schemaname = ${schema}`.execute(store.db)
  ).rows;
  await store.database.exec(
    [
      `drop schema if exists ${copy} cascade; create schema ${copy};`,
      ...tables.map((t) => `create table ${copy}.${t} as table ${schema}.${t};`),
    ].join('\n'),
  );
  return { tables, sequences, fingerprint: await schemaFingerprint(store, schema) };
}

async function restoreSeed(store: Store, schema: string) {
  const { tables, sequences } = seeded as KeptSeed;
  const copy = seedSchema(schema);
  await store.database.exec(
    [
      'set session_replication_role = replica;',
      // Rows a migration writes (the regions) are in the copy too: the copy replaces them.
      ...tables.map(
        (t) => `delete from ${schema}.${t}; insert into ${schema}.${t} select * from ${copy}.${t};`,
      ),
      'set session_replication_role = origin;',
      ...sequences.map((s) => `select setval('${schema}.${s.name}', ${s.value}, ${s.called});`),
    ].join('\n'),
  );
}
