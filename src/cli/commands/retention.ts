import { type Command, InvalidArgumentError } from 'commander';
import type { RetentionReport } from '../../db/scheduled/retention/run-retention.ts';
import { loadConfig } from '../../server/config.ts';
import type { Cli } from '../cli.ts';
import { withStore } from '../with-store.ts';

function days(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1)
    throw new InvalidArgumentError('must be a whole number of days, 1 or more');
  return n;
}

/** The report as lines: what went (or would go), what is held and why, and the counts swept. */
export function reportLines(r: RetentionReport): string[] {
  const verb = r.dryRun ? 'would remove' : 'removed';
  return [
    ...r.removed.map((i) => `${verb}  ${i.rule}  ${i.subjectType} ${i.subjectId}  (since ${i.since})`),
    ...r.held.map(
      (i) =>
        `held  ${i.rule}  ${i.subjectType} ${i.subjectId}  (since ${i.since}): ${i.reason}${i.detail ? ` — ${i.detail}` : ''}`,
    ),
    `${verb}: ${r.removed.length} record(s); held: ${r.held.length}; ` +
      `expired sessions: ${r.swept.session}; old sign-in attempts: ${r.swept.login_attempt}`,
  ];
}

export function retentionCommands(program: Command, cli: Cli) {
  program
    .command('retention')
    .description('the retention rules (the server applies them daily)')
    .command('run')
    .description(
      'remove what has passed its retention period (each removal audited); restricted cases are held',
    )
    .option('--dry-run', 'list what would go and change nothing')
    .option(
      '--candidate-days <n>',
      'days an anonymous candidate is kept (default: IPS_CANDIDATE_RETENTION_DAYS, else 90)',
      days,
    )
    .action((options: { dryRun?: boolean; candidateDays?: number }) =>
      withStore(cli, async (store) => {
        const { runRetention } = await import('../../db/scheduled/retention/run-retention.ts');
        const report = await runRetention(store, {
          now: new Date(),
          dryRun: options.dryRun === true,
          candidateDays: options.candidateDays ?? loadConfig(cli.env).candidateRetentionDays,
        });
        for (const line of reportLines(report)) cli.out(line);
      }),
    );
}
