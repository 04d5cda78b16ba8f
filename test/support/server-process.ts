import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The environment of a process on its own PGlite directory, without the caller's database settings. */
function envFor(dataDir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, IPS_DATA_DIR: dataDir, NODE_ENV: 'development', ...extra };
  delete env.DATABASE_URL;
  return env;
}

export interface CommandRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `ips` command on the PGlite files in `dataDir`. */
export function ipsOn(dataDir: string, ...args: string[]): Promise<CommandRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'bin', 'ips.js'), ...args],
      { cwd: ROOT, env: envFor(dataDir), timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export interface ServerProcess {
  pid: number;
  url: string;
  /** SIGTERM (a clean stop) or SIGKILL (a crash); resolves when the process has exited. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
}

/** The real server process (`src/server/main.ts`, as `npm start` runs it) on `dataDir`. */
export function startServerProcess(dataDir: string): Promise<ServerProcess> {
  return startServer(envFor(dataDir));
}

/**
 * The real server process on PostgreSQL at `databaseUrl`, configured as one of several replicas
 * is: with the session secret they share. `dataDir` only keeps it from using the checkout's.
 */
export function startServerProcessOnPostgres(
  databaseUrl: string,
  dataDir: string,
  extra: NodeJS.ProcessEnv,
): Promise<ServerProcess> {
  return startServer({ ...envFor(dataDir, extra), DATABASE_URL: databaseUrl });
}

async function startServer(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'server', 'main.ts')], {
    cwd: ROOT,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  try {
    await untilHealthy(url, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return { pid: child.pid as number, url, stop: (signal = 'SIGTERM') => stopChild(child, signal) };
}

async function untilHealthy(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output()}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not answer in 60 s:\n${output()}`);
}

function stopChild(child: ChildProcess, signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
