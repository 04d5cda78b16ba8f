import type { Command } from 'commander';
import { withStore } from '../with-store.ts';

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
        const { AUDIT_TABLES, grantAppRole } = await import('../../db/grants.ts');
        await grantAppRole(store.db, role);
        console.log(`Granted ${role}: read/write on case tables, insert-only on ${AUDIT_TABLES.join(', ')}.`);
      }),
    );
}
