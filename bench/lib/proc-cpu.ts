import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Db } from '../../src/db/database.ts';
import { BENCH_APPLICATION_NAME } from './db.ts';

const TICKS_PER_S = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/** CPU ms so far of each PostgreSQL backend serving the bench (not other users of the server). */
export async function benchBackendsCpuMs(db: Db): Promise<Map<number, number>> {
  const { rows } = await sql<{ pid: number }>`
    select pid from pg_stat_activity
    where application_name = ${BENCH_APPLICATION_NAME} and pid <> pg_backend_pid()`.execute(db);
  return new Map(rows.map(({ pid }) => [pid, processCpuMs(pid)]));
}

/** CPU used between two snapshots; a backend born in between counts from zero. */
export function cpuMsBetween(before: Map<number, number>, after: Map<number, number>): number {
  let ms = 0;
  for (const [pid, now] of after) ms += now - (before.get(pid) ?? 0);
  return ms;
}

/** CPU ms (user and system) process `pid` has used so far; 0 if it is not on this machine. */
export function processCpuMs(pid: number): number {
  const { user, kernel } = processCpuSplitMs(pid);
  return user + kernel;
}

/** User and kernel CPU ms process `pid` has used so far (zeros if it is not on this machine). */
export function processCpuSplitMs(pid: number): { user: number; kernel: number } {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return { user: 0, kernel: 0 }; // not on this machine, or gone
  }
  // After "pid (comm) ", utime and stime are fields 14 and 15, i.e. the 12th and 13th after the name.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return {
    user: (Number(fields[11]) / TICKS_PER_S) * 1000,
    kernel: (Number(fields[12]) / TICKS_PER_S) * 1000,
  };
}
