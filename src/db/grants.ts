import { sql } from 'kysely';
import type { Db } from './database.ts';

export const AUDIT_TABLES = ['audit_event', 'audit_chain'];

/**
 * The app role may read and write case data, but may only append to the audit log. Default
 * privileges give it the same on tables and sequences the migrating owner creates later, so a
 * migration never leaves the running server without access to a new table.
 */
export async function grantAppRole(db: Db, role: string) {
  if (!/^[a-z_][a-z0-9_]*$/.test(role)) throw new Error('role must be a plain lower-case identifier');
  const r = sql.id(role);
  const { schema, owner } = await migratedSchema(db);
  const s = sql.id(schema);
  const o = sql.id(owner);
  await sql`grant usage on schema ${s} to ${r}`.execute(db);
  await sql`grant select, insert, update, delete on all tables in schema ${s} to ${r}`.execute(db);
  await sql`grant usage, select on all sequences in schema ${s} to ${r}`.execute(db);
  await sql`alter default privileges for role ${o} in schema ${s}
    grant select, insert, update, delete on tables to ${r}`.execute(db);
  await sql`alter default privileges for role ${o} in schema ${s}
    grant usage, select on sequences to ${r}`.execute(db);
  for (const table of AUDIT_TABLES) {
    await sql`revoke update, delete, truncate on ${sql.table(table)} from ${r}`.execute(db);
  }
}

/**
 * The schema the app's tables are in (the first on search_path, which need not be public) and the
 * role that owns them: the one that runs the migrations, whose future tables the defaults cover.
 */
async function migratedSchema(db: Db): Promise<{ schema: string; owner: string }> {
  const { rows } = await sql<{ schema: string | null; owner: string | null }>`
    select current_schema() as schema,
      (select tableowner from pg_tables
        where schemaname = current_schema() and tablename = 'schema_migration') as owner`.execute(db);
  const { schema, owner } = rows[0] ?? { schema: null, owner: null };
  if (!schema) throw new Error('no schema on search_path: the migrated tables cannot be found');
  if (!owner) throw new Error(`schema ${schema} is not migrated: run ips db migrate as the owner first`);
  return { schema, owner };
}
