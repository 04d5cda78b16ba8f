import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { osloToday } from '../src/domain/participant.ts';
import { benchDatabaseUrl, freshSchema, schemaUrl, serverVersion } from './lib/db.ts';
import { codeState, describeCode, machine, round, table, writeResults } from './lib/results.ts';

/** The outcomes benches' schema; BENCH_OUTCOMES_SCHEMA names another, e.g. for a small trial set beside the full one. */
export const OUTCOMES_SCHEMA = process.env.BENCH_OUTCOMES_SCHEMA ?? 'ips_bench_outcomes';
if (!/^[a-z_][a-z0-9_]*$/.test(OUTCOMES_SCHEMA))
  throw new Error(`not a plain schema name: ${OUTCOMES_SCHEMA}`);

export const description =
  'ips synth: the synthetic national history into PostgreSQL, timed, with the database size';
export const usage = `synth [--participants 50000] [--years 10] [--seed 1] [--until YYYY-MM-DD]
  Drops and recreates schema ${OUTCOMES_SCHEMA}, runs the real \`ips synth\` into it and records the
  time and the schema's size. The schema is kept afterwards: it is the outcomes benchmarks' data.`;

const ROOT = join(import.meta.dirname, '..');

export interface SynthSettings {
  participants: number;
  years: number;
  seed: number;
  until?: string;
}

/**
 * Recreates the outcomes schema and runs the real `ips synth` into it, timed; records what was
 * generated and how long it took in the schema's `bench_generation`, so the outcomes bench can reuse
 * the data and still report its cost.
 */
export async function generate(settings: SynthSettings) {
  const url = await freshSchema(OUTCOMES_SCHEMA);
  const until = settings.until ?? osloToday();
  const cli = ['--participants', settings.participants, '--years', settings.years, '--seed', settings.seed]
    .map(String)
    .concat(['--until', until]);
  const started = Date.now();
  const output = await ips(['synth', ...cli], url);
  const seconds = round((Date.now() - started) / 1000, 1);
  const size = await sizes();
  const generation = {
    cli: cli.join(' '),
    settings: { ...settings, until },
    at: new Date().toISOString(),
    loadAverage1m: machine().loadAverage1m,
    seconds,
    output: output.trim().split('\n').pop() ?? '',
    ...size,
  };
  await recordGeneration(generation);
  return { url, generation };
}

export type Generation = Awaited<ReturnType<typeof generate>>['generation'];

async function recordGeneration(generation: Generation) {
  const client = new pg.Client({ connectionString: schemaUrl(OUTCOMES_SCHEMA) });
  await client.connect();
  try {
    await client.query('create table bench_generation (generation jsonb not null)');
    await client.query('insert into bench_generation values ($1)', [JSON.stringify(generation)]);
  } finally {
    await client.end();
  }
}

/** What the schema was generated with, or null when it holds no recorded generation. */
export async function recordedGeneration(): Promise<Generation | null> {
  const client = new pg.Client({ connectionString: schemaUrl(OUTCOMES_SCHEMA) });
  await client.connect();
  try {
    const { rows } = await client.query<{ g: Generation }>(
      `select generation as g from ${OUTCOMES_SCHEMA}.bench_generation
       where to_regclass('${OUTCOMES_SCHEMA}.bench_generation') is not null`,
    );
    return rows[0]?.g ?? null;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

export async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      participants: { type: 'string', default: '50000' },
      years: { type: 'string', default: '10' },
      seed: { type: 'string', default: '1' },
      until: { type: 'string' },
    },
  });
  const host = machine();
  const { url, generation } = await generate({
    participants: Number(values.participants),
    years: Number(values.years),
    seed: Number(values.seed),
    until: values.until,
  });
  const { seconds, output: lastLine, ...size } = generation;
  const result = {
    bench: 'synth',
    at: generation.at,
    settings: generation.settings,
    machine: { ...host, postgres: await serverVersion(url) },
    code: codeState(),
    seconds,
    output: lastLine,
    schemaSize: size.schemaSize,
    tables: size.tables,
  };
  const rows = size.tables.map((t) => [t.table, t.rows.toLocaleString('en'), t.size]);
  const markdown = `# synth, ${result.at}

\`ips synth ${generation.cli}\` into PostgreSQL schema ${OUTCOMES_SCHEMA} (the whole command: start,
migrations, generation, writing, sealing the audit event).
Machine: ${Object.entries(result.machine)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}.
Code: ${describeCode(result.code)}.

**${seconds} s**; schema size ${size.schemaSize}.

${result.output}

${table(['table', 'rows', 'size with indexes'], rows)}
`;
  console.log(`\n${markdown}`);
  for (const path of writeResults('synth', result, markdown)) console.log(`wrote ${path}`);
}

/** Runs the real CLI with DATABASE_URL set to the bench's schema, its progress bar passed through. */
function ips(args: string[], url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [join(ROOT, 'bin', 'ips.js'), ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, maxBuffer: 1 << 24 },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
    child.stderr?.pipe(process.stderr);
  });
}

async function sizes() {
  const client = new pg.Client({ connectionString: benchDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ table: string; rows: string; size: string; bytes: string }>(
      `select c.relname as table, c.reltuples::bigint as rows,
         pg_size_pretty(pg_total_relation_size(c.oid)) as size, pg_total_relation_size(c.oid) as bytes
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = $1 and c.relkind = 'r' order by pg_total_relation_size(c.oid) desc`,
      [OUTCOMES_SCHEMA],
    );
    for (const r of rows) {
      // Exact counts: reltuples is not set until the table is analysed.
      const counted = await client.query<{ n: string }>(
        `select count(*) as n from ${OUTCOMES_SCHEMA}.${r.table}`,
      );
      r.rows = counted.rows[0]?.n ?? '0';
    }
    const total = rows.reduce((sum, r) => sum + Number(r.bytes), 0);
    return {
      schemaSize: `${round(total / 2 ** 20, 1)} MB`,
      schemaBytes: total,
      tables: rows.map((r) => ({ table: r.table, rows: Number(r.rows), size: r.size })),
    };
  } finally {
    await client.end();
  }
}
