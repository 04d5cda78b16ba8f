import { join } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../server/config.ts';
import type { Cli } from '../cli.ts';
import { withStore } from '../with-store.ts';

export function jobCommands(program: Command, cli: Cli) {
  const jobs = program
    .command('jobs')
    .description('the scheduled jobs, run by hand (the server runs them daily)');
  jobs
    .command('write-anchor')
    .description(
      "append the audit chain's head to the anchor file (the server does so when IPS_AUDIT_ANCHOR_DIR is set)",
    )
    .option('--dir <dir>', 'the anchor directory (default: IPS_AUDIT_ANCHOR_DIR)')
    .action((options: { dir?: string }) =>
      withStore(cli, async (store) => {
        const dir = options.dir ?? loadConfig(cli.env).auditAnchorDir;
        if (!dir) throw new Error('no anchor directory: give --dir or set IPS_AUDIT_ANCHOR_DIR');
        const { ANCHOR_FILE, writeAuditAnchor } = await import('../../db/scheduled/audit-anchor.ts');
        await store.sealer.flush();
        const anchor = await writeAuditAnchor(store.db, dir, new Date());
        cli.out(
          anchor
            ? `Appended to ${join(dir, ANCHOR_FILE)}: position ${anchor.position}, hash ${anchor.hash}.`
            : 'The audit chain is empty: no anchor written.',
        );
      }),
    );
}
