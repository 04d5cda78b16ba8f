import type { Command } from 'commander';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { withStore } from '../with-store.ts';

const AUDIT_TABLES = ['audit_event', 'audit_chain'];

export function dbCommands(program: Command) {
  const db = program.command('db').description('database maintenance');
  db.command('migrate')
    .description('apply pending SQL migrations (they also run at server start)')
    .action(() =>
      withStore(async (store) => {
        console.log(`Database (${store.database.kind}) is migrated.`);
      }),
    );
  db.command('grant-app-role')
    .description('PostgreSQL only: give ROLE what the app needs, and no UPDATE/DELETE on the audit log')
    .argument('<role>', 'an existing PostgreSQL role the server connects as')
    .action((role: string) =>
      withStore(async (store) => {
        if (store.database.kind !== 'postgres') throw new Error('grant-app-role applies to PostgreSQL only');
        await grantAppRole(store.db, role);
        console.log(`Granted ${role}: read/write on case tables, insert-only on ${AUDIT_TABLES.join(', ')}.`);
      }),
    );
}

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
