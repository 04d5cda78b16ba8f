import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { benchDatabaseUrl, freshSchema, serverVersion } from './lib/db.ts';
import { codeState, describeCode, machine, round, table, writeResults } from './lib/results.ts';

export const OUTCOMES_SCHEMA = 'ips_bench_outcomes';

export const description =
  'ips synth: the synthetic national history into PostgreSQL, timed, with the database size';
export const usage = `synth [--participants 50000] [--years 10] [--seed 1] [--until YYYY-MM-DD]
  Drops and recreates schema ${OUTCOMES_SCHEMA}, runs the real \`ips synth\` into it and records the
  time and the schema's size. The schema is kept afterwards: it is the outcomes benchmarks' data.`;

const ROOT = join(import.meta.dirname, '..');

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
  const url = await freshSchema(OUTCOMES_SCHEMA);
  const cli = ['--participants', values.participants, '--years', values.years, '--seed', values.seed];
  if (values.until) cli.push('--until', values.until);
  const started = Date.now();
  const output = await ips(['synth', ...cli], url);
  const seconds = round((Date.now() - started) / 1000, 1);
  const size = await sizes();
  const result = {
    bench: 'synth',
    at: new Date().toISOString(),
    settings: {
      participants: Number(values.participants),
      years: Number(values.years),
      seed: Number(values.seed),
    },
    machine: { ...host, postgres: await serverVersion(url) },
    code: codeState(),
    seconds,
    output: output.trim().split('\n').pop(),
    ...size,
  };
  const rows = size.tables.map((t) => [t.table, t.rows.toLocaleString('en'), t.size]);
  const markdown = `# synth, ${result.at}

\`ips synth ${cli.join(' ')}\` into PostgreSQL schema ${OUTCOMES_SCHEMA} (the whole command: start,
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
      tables: rows.map((r) => ({ table: r.table, rows: Number(r.rows), size: r.size })),
    };
  } finally {
    await client.end();
  }
}
