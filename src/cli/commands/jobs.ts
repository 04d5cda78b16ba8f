import { join } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../../server/config.ts';
import { withStore } from '../with-store.ts';

function days(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1)
    throw new InvalidArgumentError('must be a whole number of days, 1 or more');
  return n;
}

export function jobCommands(program: Command) {
  const jobs = program
    .command('jobs')
    .description('the scheduled jobs, run by hand (the server runs them daily)');
  jobs
    .command('purge-candidates')
    .description(
      'delete anonymous candidates never converted within the retention period (each deletion audited)',
    )
    .option('--days <n>', 'retention period in days (default: IPS_CANDIDATE_RETENTION_DAYS, else 90)', days)
    .action((options: { days?: number }) =>
      withStore(async (store) => {
        const retentionDays = options.days ?? loadConfig().candidateRetentionDays;
        const { purgeCandidates } = await import('../../db/scheduled/purge-candidates.ts');
        const count = await purgeCandidates(store, { retentionDays, now: new Date() });
        console.log(
          `Deleted ${count} candidate(s) raised more than ${retentionDays} days ago and never converted.`,
        );
      }),
    );
  jobs
    .command('write-anchor')
    .description(
      "append the audit chain's head to the anchor file (the server does so when IPS_AUDIT_ANCHOR_DIR is set)",
    )
    .option('--dir <dir>', 'the anchor directory (default: IPS_AUDIT_ANCHOR_DIR)')
    .action((options: { dir?: string }) =>
      withStore(async (store) => {
        const dir = options.dir ?? loadConfig().auditAnchorDir;
        if (!dir) throw new Error('no anchor directory: give --dir or set IPS_AUDIT_ANCHOR_DIR');
        const { ANCHOR_FILE, writeAuditAnchor } = await import('../../db/scheduled/audit-anchor.ts');
        await store.sealer.flush();
        const anchor = await writeAuditAnchor(store.db, dir, new Date());
        console.log(
          anchor
            ? `Appended to ${join(dir, ANCHOR_FILE)}: position ${anchor.position}, hash ${anchor.hash}.`
            : 'The audit chain is empty: no anchor written.',
        );
      }),
    );
}
