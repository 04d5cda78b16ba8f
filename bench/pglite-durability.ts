import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CompiledQuery } from 'kysely';
import { insertAuditRows } from '../src/db/audit/insert.ts';
import { type Database, openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import type { Durability } from '../src/db/pglite-durable.ts';
import {
  codeState,
  describeCode,
  machine,
  median,
  percentile,
  round,
  table,
  writeResults,
} from './lib/results.ts';

export const description = 'what durable PGlite commits cost: write latency and throughput, fsync on vs off';
export const usage =
  'pglite-durability [--rounds 5] [--writes 200] [--writers 10] [--duration 3] [--dir <tmp>] [--label run]   (~1 min)';

const MODES: Durability[] = ['fsync', 'off'];
const NOTE = 'Avtalt oppfølging med arbeidsgiver neste uke; deltakeren ønsker flere vakter. '.repeat(3);

/** One write as the app makes it: a row and its audit event, in one transaction (one commit). */
function write(database: Database, n: number) {
  return database.db.transaction().execute(async (tx) => {
    await tx.executeQuery(CompiledQuery.raw('insert into bench_write (body) values ($1)', [`${n} ${NOTE}`]));
    await insertAuditRows(tx, [
      {
        actor_user_id: null,
        actor_name: 'pglite-durability bench',
        actor_organisation_id: null,
        actor_role: 'system',
        action: 'create',
        subject_type: 'bench_write',
        subject_id: String(n),
        participant_id: null,
        programme_id: null,
        purpose: 'ips_follow_up',
        legal_basis: null,
        decision: 'allow',
        reason: 'bench',
        request_id: `bench-${n}`,
        details: {},
      },
    ]);
  });
}

/** Milliseconds per commit, one transaction at a time. */
async function sequential(database: Database, writes: number): Promise<number[]> {
  const ms: number[] = [];
  for (let n = 0; n < writes; n++) {
    const t0 = performance.now();
    await write(database, n);
    ms.push(performance.now() - t0);
  }
  return ms;
}

/** Commits per second with `writers` transactions always waiting (they queue for PGlite's one connection). */
async function concurrent(database: Database, writers: number, seconds: number): Promise<number> {
  const until = performance.now() + seconds * 1000;
  let commits = 0;
  const writer = async () => {
    while (performance.now() < until) await write(database, commits++);
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: writers }, writer));
  return commits / ((performance.now() - t0) / 1000);
}

async function open(dir: string, durability: Durability): Promise<Database> {
  const database = await openDatabase({ kind: 'pglite', dataDir: join(dir, durability), durability });
  await migrate(database);
  await database.exec('create table bench_write (id serial primary key, body text not null)');
  return database;
}

function fileSystemOf(dir: string): string {
  return execFileSync('df', ['--output=fstype', dir], { encoding: 'utf8' }).trim().split('\n').at(-1) ?? '?';
}

interface Round {
  round: number;
  durability: Durability;
  p50Ms: number;
  p99Ms: number;
  commitsPerSecond: number;
}

export async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      rounds: { type: 'string', default: '5' },
      writes: { type: 'string', default: '200' },
      writers: { type: 'string', default: '10' },
      duration: { type: 'string', default: '3' },
      dir: { type: 'string', default: tmpdir() },
      label: { type: 'string', default: 'run' },
    },
  });
  const [rounds, writes, writers, seconds] = [
    values.rounds,
    values.writes,
    values.writers,
    values.duration,
  ].map(Number) as [number, number, number, number];
  const host = machine();
  const code = codeState();
  const dir = mkdtempSync(join(values.dir, 'ips-bench-durability-'));
  const fileSystem = fileSystemOf(dir);
  const databases = { fsync: await open(dir, 'fsync'), off: await open(dir, 'off') };
  try {
    for (const durability of MODES) await sequential(databases[durability], 20);
    const results: Round[] = [];
    for (let r = 1; r <= rounds; r++) {
      // Alternating which goes first, so drift on a shared box hits both alike.
      for (const durability of r % 2 ? MODES : [...MODES].reverse()) {
        const ms = await sequential(databases[durability], writes);
        const commitsPerSecond = await concurrent(databases[durability], writers, seconds);
        results.push({
          round: r,
          durability,
          p50Ms: round(percentile(ms, 50)),
          p99Ms: round(percentile(ms, 99)),
          commitsPerSecond: round(commitsPerSecond, 1),
        });
      }
    }
    report(results, { rounds, writes, writers, seconds, fileSystem, label: values.label, host, code });
  } finally {
    await databases.fsync.close();
    await databases.off.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Setup {
  rounds: number;
  writes: number;
  writers: number;
  seconds: number;
  fileSystem: string;
  label: string;
  host: ReturnType<typeof machine>;
  code: ReturnType<typeof codeState>;
}

function report(results: Round[], s: Setup) {
  const of = (d: Durability) => results.filter((r) => r.durability === d);
  const summary = MODES.map((d) => ({
    durability: d,
    p50Ms: round(median(of(d).map((r) => r.p50Ms))),
    p99Ms: round(median(of(d).map((r) => r.p99Ms))),
    commitsPerSecond: round(median(of(d).map((r) => r.commitsPerSecond)), 1),
  }));
  const [on, off] = summary as [(typeof summary)[0], (typeof summary)[0]];
  const ratios = {
    latencyOnOverOff: round(on.p50Ms / off.p50Ms),
    throughputOnOverOff: round(on.commitsPerSecond / off.commitsPerSecond),
  };
  const md = [
    `# pglite-durability (${s.label})`,
    '',
    'One write = one transaction inserting a row and its audit event, as every app write does. Per round and',
    `durability: ${s.writes} writes one at a time (latency per commit), then ${s.writers} concurrent writers for`,
    `${s.seconds} s (commits/s). ${s.rounds} rounds, fsync and off alternating which goes first; medians over rounds.`,
    `PGlite files on ${s.fileSystem}. ${describeCode(s.code)}. Machine: ${s.host.cpus} CPUs, load ${s.host.loadAverage1m} at start.`,
    '',
    table(
      ['durability', 'p50 ms', 'p99 ms', 'commits/s'],
      summary.map((r) => [r.durability, r.p50Ms, r.p99Ms, r.commitsPerSecond]),
    ),
    '',
    `fsync/off: latency p50 × ${ratios.latencyOnOverOff}, throughput × ${ratios.throughputOnOverOff}.`,
    '',
    '<details><summary>Per round</summary>',
    '',
    table(
      ['round', 'durability', 'p50 ms', 'p99 ms', 'commits/s'],
      results.map((r) => [r.round, r.durability, r.p50Ms, r.p99Ms, r.commitsPerSecond]),
    ),
    '',
    '</details>',
    '',
  ].join('\n');
  console.log(md);
  const json = { ...s, results, summary, ratios };
  for (const path of writeResults(`pglite-durability-${s.label}`, json, md)) console.log(`wrote ${path}`);
}
