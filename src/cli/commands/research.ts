import type { Command } from 'commander';
import { osloToday } from '../../domain/participant.ts';
import { decimal, whole } from './numbers.ts';
import { progressBar } from './progress.ts';

interface SynthRegistersOptions {
  persons: number;
  years: number;
  effect: number;
  healthEffect: number;
  ipsShare: number;
  seed: number;
  out: string;
}

/** The register's first month: January, as many years back from this year as it covers. */
function firstMonthFor(years: number): string {
  return `${Number(osloToday().slice(0, 4)) - years}-01-01`;
}

function synthRegistersCommand(research: Command) {
  research
    .command('synth-registers')
    .description(
      'write synthetic FD-Trygd-like benefit status and NPR-like specialist-health contacts as Parquet, ' +
        'for IPS participants and a larger comparison population, with a known true effect',
    )
    .option('--persons <n>', 'persons in all', whole(100, 10_000_000), 100_000)
    .option('--years <n>', 'years of monthly register', whole(5, 30), 10)
    .option(
      '--effect <x>',
      'true change in the monthly probability of a health-related benefit',
      decimal(-0.12, 0.04),
      -0.08,
    )
    .option(
      '--health-effect <x>',
      'true change in specialist-health contacts per month',
      decimal(-0.5, 0.5),
      -0.2,
    )
    .option('--ips-share <x>', 'share of persons who are IPS participants', decimal(0.001, 0.5), 0.1)
    .option('--seed <n>', 'the seed: the same seed and sizes give the same rows', whole(0, 2 ** 31 - 1), 1)
    .requiredOption('--out <dir>', 'folder to write the Parquet files into')
    .action(async (o: SynthRegistersOptions) => {
      const { openDuckDb } = await import('../../research/duckdb.ts');
      const { writeRegisters } = await import('../../research/registers/write.ts');
      const conn = await openDuckDb();
      const bar = progressBar(process.stderr);
      const params = { ...o, firstMonth: firstMonthFor(o.years) };
      const s = await writeRegisters(conn, params, o.out, bar);
      console.log(
        `Wrote ${s.persons} persons (${s.participants} IPS participants), ${s.benefitRows} benefit-status rows ` +
          `and ${s.contactRows} health contacts, ${(s.bytes / 1e6).toFixed(1)} MB, in ${s.seconds.toFixed(1)} s.`,
      );
    });
}

export function researchCommands(program: Command) {
  const research = program
    .command('research')
    .description('research on synthetic registers and pseudonymised extracts');
  synthRegistersCommand(research);
}
