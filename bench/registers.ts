import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { attachRegisters } from '../src/research/analysis/attach.ts';
import { matchingSql } from '../src/research/analysis/matching-sql.ts';
import { DID_SQL, EVENT_STUDY_SQL, panelSql } from '../src/research/analysis/panel-sql.ts';
import { openDuckDb, rowsOf } from '../src/research/duckdb.ts';
import { writeRegisters } from '../src/research/registers/write.ts';
import { codeState, describeCode, machine, round, table, writeResults } from './lib/results.ts';

export const description =
  'synthetic registers as Parquet, then the matching, DiD and event study in DuckDB, timed';
export const usage = `registers [--persons 100000] [--years 10] [--label NAME]
  Writes the registers into a temporary folder (generation time and file sizes), then times the
  matching, the panel with the DiD, and the event study over the Parquet files in DuckDB.`;

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, (performance.now() - started) / 1000];
}

export async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      persons: { type: 'string', default: '100000' },
      years: { type: 'string', default: '10' },
      label: { type: 'string' },
    },
  });
  const design = {
    persons: Number(values.persons),
    years: Number(values.years),
    effect: -0.08,
    healthEffect: -0.2,
    seed: 1,
    ipsShare: 0.1,
    firstMonth: '2016-01-01',
  };
  const dir = await mkdtemp(join(tmpdir(), 'ips-bench-registers-'));
  try {
    const conn = await openDuckDb();
    const summary = await writeRegisters(conn, design, dir, (phase, done, total) =>
      console.error(`${phase} ${done}/${total}`),
    );
    await attachRegisters(conn, dir);
    const [, matching] = await timed(async () => {
      for (const s of matchingSql(1)) await conn.run(s);
    });
    const [did, didSeconds] = await timed(async () => {
      for (const s of panelSql(['benefit_dependency'])) await conn.run(s);
      return rowsOf<{ group_value: string; estimate: number; se: number }>(conn, DID_SQL);
    });
    const [, eventStudy] = await timed(() => rowsOf(conn, EVENT_STUDY_SQL));
    conn.closeSync();
    const overall = did.find((r) => r.group_value === 'all');
    const result = {
      design,
      summary,
      seconds: {
        generation: round(summary.seconds),
        matching: round(matching),
        did: round(didSeconds),
        eventStudy: round(eventStudy),
      },
      did: overall,
      machine: machine(),
      code: codeState(),
    };
    const md = `# Registers bench\n\n${describeCode(result.code)}\n\n${table(
      [
        'persons',
        'benefit rows',
        'MB',
        'generation s',
        'matching s',
        'panel + DiD s',
        'event study s',
        'DiD (true −0.08)',
      ],
      [
        [
          design.persons,
          summary.benefitRows,
          round(summary.bytes / 1e6, 1),
          result.seconds.generation,
          result.seconds.matching,
          result.seconds.did,
          result.seconds.eventStudy,
          overall ? `${round(overall.estimate, 4)} ± ${round(1.96 * overall.se, 4)}` : '–',
        ],
      ],
    )}\n\nPostgreSQL beside it: not yet measured.\n`;
    for (const file of writeResults('registers', result, md, values.label)) console.log(file);
    console.log(md);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
