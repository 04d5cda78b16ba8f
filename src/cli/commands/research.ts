import type { Command } from 'commander';
import { osloToday } from '../../domain/participant.ts';
import type { ExtractTable } from '../../domain/research/project.ts';
import type { Cli } from '../cli.ts';
import { withStore } from '../with-store.ts';
import { decimal, whole } from './numbers.ts';
import { progressBar } from './progress.ts';
import { researchProjectCommands } from './research-project.ts';

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

function synthRegistersCommand(research: Command, cli: Cli) {
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
      const bar = progressBar(cli.progress);
      const params = { ...o, firstMonth: firstMonthFor(o.years) };
      const s = await writeRegisters(conn, params, o.out, bar);
      cli.out(
        `Wrote ${s.persons} persons (${s.participants} IPS participants), ${s.benefitRows} benefit-status rows ` +
          `and ${s.contactRows} health contacts, ${(s.bytes / 1e6).toFixed(1)} MB, in ${s.seconds.toFixed(1)} s.`,
      );
    });
}

interface AnalyseOptions {
  registers: string;
  out: string;
  threshold: number;
  roundingBase: number;
  seed: number;
}

function analyseCommand(research: Command, cli: Cli) {
  research
    .command('analyse')
    .description(
      'event study and difference-in-differences on register Parquet files (benefit dependency and ' +
        'specialist-health contacts, per region and track), disclosure-controlled; audited',
    )
    .requiredOption('--registers <dir>', 'folder with persons.parquet, benefit_status/ and health_contacts/')
    .requiredOption('--out <dir>', 'folder to write the tables into')
    .option('--threshold <n>', 'withhold figures resting on fewer persons', whole(3, 1000), 5)
    .option('--rounding-base <n>', 'round counts to a multiple of this', whole(1, 100), 5)
    .option('--seed <n>', 'orders the matching', whole(0, 2 ** 31 - 1), 1)
    .action((o: AnalyseOptions) =>
      withStore(cli, async (store) => {
        const { analyseRegisters } = await import('../../research/analysis/analyse.ts');
        const { writeAudit } = await import('../../db/audit/writer.ts');
        const ctx = {
          actor: { kind: 'system', name: 'ips research analyse' },
          purpose: 'research',
          requestId: null,
        } as const;
        const p = await analyseRegisters(
          {
            registers: o.registers,
            out: o.out,
            seed: o.seed,
            disclosure: { threshold: o.threshold, roundingBase: o.roundingBase },
          },
          (entry) => writeAudit(store.db, ctx, [entry]),
        );
        cli.out(
          `Matched ${p.matchedParticipants ?? '<' + o.threshold} participants to ${p.controls} controls; tables in ${o.out}. ${p.disclosure.note.en}`,
        );
      }),
    );
}

interface ExtractOptions {
  project: string;
  out: string;
  tables?: string;
}

function extractCommand(research: Command, cli: Cli) {
  research
    .command('extract')
    .description(
      'write a pseudonymised extract (Parquet and CSV, with a manifest) for a research project whose ' +
        'approval is current, of the participants its legal basis covers; audited',
    )
    .requiredOption('--project <code>', 'the project')
    .requiredOption('--out <dir>', 'folder to write the extract into')
    .option('--tables <list>', 'comma-separated tables (default: all the project may take)')
    .action((o: ExtractOptions) =>
      withStore(cli, async (store) => {
        const { makeExtract } = await import('../../research/extract/make-extract.ts');
        const tables = o.tables?.split(',').map((t) => t.trim()) as ExtractTable[] | undefined;
        const r = await makeExtract(store, { project: o.project, out: o.out, tables, today: osloToday() });
        const counts = Object.entries(r.counts).map(([t, n]) => `${t} ${n}`);
        cli.out(`Extract for ${r.project} in ${o.out}: ${counts.join(', ')} rows.`);
      }),
    );
}

export function researchCommands(program: Command, cli: Cli) {
  const research = program
    .command('research')
    .description('research on synthetic registers and pseudonymised extracts');
  synthRegistersCommand(research, cli);
  analyseCommand(research, cli);
  extractCommand(research, cli);
  researchProjectCommands(research, cli);
}
