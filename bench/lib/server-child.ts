import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { CapturedStatement } from '../servers/query-counter.ts';
import type { Command } from '../servers/serve.ts';

export interface ChildStats {
  cpu: NodeJS.CpuUsage;
  queries: Record<string, number>;
  /** With BENCH_CAPTURE_SQL set: the last statement containing it (Dates arrive as ISO strings). */
  captured: CapturedStatement | null;
}

export interface ServerChild {
  url: string;
  stats(): Promise<ChildStats>;
  startProfile(): Promise<void>;
  /** Writes the CPU profile since startProfile() to `path` (a .cpuprofile file). */
  stopProfile(path: string): Promise<void>;
  stop(): Promise<void>;
}

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Starts bench/servers/<name>.ts in its own Node process, so the load generator does not share its
 * CPU; from `root`, another checkout (a baseline commit), when given.
 */
export async function startServer(
  name: string,
  env: Record<string, string>,
  root = ROOT,
): Promise<ServerChild> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'bench', 'servers', `${name}.ts`)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { port } = await reply<{ port: number }>(child, 'port', 60_000);
  const ask = async <T extends object>(command: Command, key: string) => {
    child.send(command);
    return reply<T>(child, key, 30_000);
  };
  return {
    url: `http://127.0.0.1:${port}`,
    stats: async () => (await ask<{ stats: ChildStats }>({ cmd: 'stats' }, 'stats')).stats,
    startProfile: async () => {
      await ask({ cmd: 'profile-start' }, 'profiling');
    },
    stopProfile: async (path) => {
      await ask({ cmd: 'profile-stop', path }, 'profile');
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The child's next message carrying `key`. */
function reply<T extends object>(child: ChildProcess, key: string, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => done(new Error(`server child sent no '${key}' in ${timeoutMs} ms`)),
      timeoutMs,
    );
    const onMessage = (message: unknown) => {
      if (typeof message === 'object' && message && key in message) done(null, message as T);
    };
    const onExit = (code: number | null) => done(new Error(`server child exited (${code}) before '${key}'`));
    function done(error: Error | null, value?: T) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(value as T);
    }
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}
