import { sql } from 'kysely';
import type { Db } from './database.ts';

export const AUDIT_TABLES = ['audit_event', 'audit_chain'];

/** The app role may read and write case data, but may only append to the audit log. */
export async function grantAppRole(db: Db, role: string) {
  if (!/^[a-z_][a-z0-9_]*$/.test(role)) throw new Error('role must be a plain lower-case identifier');
  const r = sql.id(role);
  // The schema the app's tables are in (the first on search_path), which need not be public.
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('no schema on search_path: the migrated tables cannot be found');
  const s = sql.id(schema);
  await sql`grant usage on schema ${s} to ${r}`.execute(db);
  await sql`grant select, insert, update, delete on all tables in schema ${s} to ${r}`.execute(db);
  await sql`grant usage, select on all sequences in schema ${s} to ${r}`.execute(db);
  for (const table of AUDIT_TABLES) {
    await sql`revoke update, delete, truncate on ${sql.table(table)} from ${r}`.execute(db);
  }
}
