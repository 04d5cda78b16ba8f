import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Database } from './database.ts';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export function migrationFiles(): string[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
}

/**
 * Serialises migrators of one schema (server replicas starting together) for the rest of the
 * implicit transaction, so one never runs a migration's statements into another's half-done ones.
 */
const ONE_MIGRATOR = "select pg_advisory_xact_lock(hashtext('ips migrate ' || current_schema()));";

/**
 * Applies pending SQL migrations in name order, each with its bookkeeping row in one implicit
 * transaction. A concurrent migrator waits for it, loses on the primary key and finds it applied.
 */
export async function migrate(database: Database): Promise<string[]> {
  // Checked first: a role without CREATE on the schema (the app's own role) may still start the server.
  const { rows } = await sql<{ t: string | null }>`select to_regclass('schema_migration')::text as t`.execute(
    database.db,
  );
  if (!rows[0]?.t) {
    await database.exec(
      `${ONE_MIGRATOR} create table if not exists schema_migration (name text primary key, applied_at timestamptz not null default now())`,
    );
  }
  const applied = [];
  for (const file of migrationFiles()) {
    if (await isApplied(database, file)) continue;
    const body = readFileSync(join(MIGRATIONS_DIR, file), 'utf8');
    try {
      await database.exec(
        `${ONE_MIGRATOR}\ninsert into schema_migration (name) values ('${file}');\n${body}\n;`,
      );
      applied.push(file);
    } catch (error) {
      if (!(await isApplied(database, file))) throw new Error(`migration ${file} failed: ${String(error)}`);
    }
  }
  return applied;
}

async function isApplied(database: Database, file: string): Promise<boolean> {
  const { rows } = await sql<{
    n: number;
  }>`select count(*)::int as n from schema_migration where name = ${file}`.execute(database.db);
  return (rows[0]?.n ?? 0) > 0;
}
