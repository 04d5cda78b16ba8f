import { randomBytes } from 'node:crypto';
import { type Command, InvalidArgumentError } from 'commander';
import { isRealDate, osloToday } from '../../domain/participant.ts';
import type { Cli } from '../cli.ts';
import { withStore } from '../with-store.ts';
import { whole } from './numbers.ts';
import { progressBar } from './progress.ts';

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isRealDate(value))
    throw new InvalidArgumentError('must be a date as YYYY-MM-DD');
  return value;
}

interface SynthCliOptions {
  participants: number;
  years: number;
  seed: number;
  until?: string;
}

export function synthCommand(program: Command, cli: Cli) {
  program
    .command('synth')
    .description(
      'fill an empty database with a synthetic national IPS history (deterministic for a seed; ' +
        'accounts sign in with IPS_SYNTH_PASSWORD if set, else with no known password)',
    )
    .option('--participants <n>', 'participants over the whole history', whole(1, 1_000_000), 50_000)
    .option('--years <n>', 'years of history, ending on --until', whole(1, 30), 10)
    .option('--seed <n>', 'the seed: the same seed and sizes give the same rows', whole(0, 2 ** 31 - 1), 1)
    .option('--until <date>', 'the history’s last day (default: today in Oslo)', isoDate)
    .action((o: SynthCliOptions) =>
      withStore(cli, async (store) => {
        const { isDatabaseEmpty } = await import('../../db/seed/demo.ts');
        const { writeSynthetic } = await import('../../db/seed/synth/write.ts');
        const { hashPassword } = await import('../../server/auth/passwords.ts');
        if (!(await isDatabaseEmpty(store))) {
          cli.err('The database already has programmes: synthetic data is only written into an empty one.');
          cli.fail();
          return;
        }
        const password = cli.env.IPS_SYNTH_PASSWORD ?? '';
        if (password !== '' && password.length < 12)
          throw new Error('IPS_SYNTH_PASSWORD must be at least 12 characters');
        const passwordHash = await hashPassword(password || randomBytes(24).toString('base64url'));
        const started = Date.now();
        const bar = progressBar(cli.progress);
        const written = await writeSynthetic(
          store,
          {
            participants: o.participants,
            years: o.years,
            seed: o.seed,
            end: o.until ?? osloToday(),
            passwordHash,
          },
          (p) => bar(p.phase, p.done, p.total),
        );
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        cli.out(
          `Wrote ${written.programmes} programmes, ${written.specialists} job specialists and ` +
            `${written.participants} participants (${written.stageTransitions} stage changes, ${written.jobs} jobs, ` +
            `${written.contacts} contacts, ${written.employerContacts} employer contacts about them) in ${seconds} s.`,
        );
      }),
    );
}
