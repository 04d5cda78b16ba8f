// Builds the web UI with Vite when its sources are newer than the last build (used by `npm start`
// and by the end-to-end tests), so an unchanged UI costs nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const built = join(root, 'dist', 'web', 'index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The UI is built from src/web and the code lists and rules it imports from src/domain. */
const SOURCES = [join(root, 'src', 'web'), join(root, 'src', 'domain')];

export function buildWebIfStale() {
  const newest = Math.max(...SOURCES.map(newestMtime));
  if (existsSync(built) && newest <= statSync(built).mtimeMs) return false;
  console.log('Building the web UI…');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  execFileSync(
    process.execPath,
    [vite, 'build', '--config', 'src/web/vite.config.ts', '--logLevel', 'warn'],
    // Always a production bundle, even when started from the tests (vitest sets NODE_ENV=test).
    { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  return true;
}
