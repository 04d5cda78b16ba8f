import type { Command } from 'commander';
import { loadConfig } from '../../server/config.ts';
import type { Cli } from '../cli.ts';
import { commandName, withStore } from '../with-store.ts';
import { verifyAndPrint } from './audit.ts';

export function dbCommands(program: Command, cli: Cli) {
  const db = program.command('db').description('database maintenance');
  db.command('migrate')
    .description('apply pending SQL migrations (they also run at server start)')
    .action(() =>
      withStore(cli, async (store) => {
        cli.out(`Database (${store.database.kind}) is migrated.`);
      }),
    );
  db.command('grant-app-role')
    .description('PostgreSQL only: give ROLE what the app needs, and no UPDATE/DELETE on the audit log')
    .argument('<role>', 'an existing PostgreSQL role the server connects as')
    .action((role: string) =>
      withStore(cli, async (store) => {
        if (store.database.kind !== 'postgres') throw new Error('grant-app-role applies to PostgreSQL only');
        const { AUDIT_TABLES, grantAppRole } = await import('../../db/grants.ts');
        await grantAppRole(store.db, role);
        cli.out(`Granted ${role}: read/write on case tables, insert-only on ${AUDIT_TABLES.join(', ')}.`);
      }),
    );
  db.command('backup')
    .description(
      'copy the whole database to FILE (PGlite: its data directory; PostgreSQL: pg_dump custom format)',
    )
    .argument('<file>', 'a new file: an existing one is never overwritten')
    .action((file: string) =>
      withStore(cli, async (store) => {
        const { backupDatabase } = await import('../../db/backup/backup.ts');
        const { describeHead } = await import('../../db/audit/head.ts');
        const head = await backupDatabase(store, await currentTarget(cli), file);
        cli.out(`Backed up the ${store.database.kind} database to ${file}.`);
        cli.out(`Audit chain head in the backup: ${describeHead(head)}.`);
      }),
    );
  db.command('restore')
    .description(
      'restore a backup into the configured database, which must be empty; verify the audit chain, then audit the restore',
    )
    .argument('<file>', 'a file written by ips db backup')
    .action(async (file: string) => {
      const { recordRestore, restoreDatabase } = await import('../../db/backup/restore.ts');
      const database = await restoreDatabase(await currentTarget(cli), file);
      try {
        cli.out(`Restored ${file} into the ${database.kind} database.`);
        const head = await verifyAndPrint(cli, database.db);
        if (head === false) {
          cli.fail();
          return;
        }
        await recordRestore(database, head);
        cli.out('The restore is in the audit log (system actor), sealed after that head.');
      } finally {
        await database.close();
      }
    });
}

async function currentTarget(cli: Cli) {
  const { targetFor } = await import('../../db/open-store.ts');
  return targetFor(loadConfig(cli.env), commandName(cli.argv));
}
