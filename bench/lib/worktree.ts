import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Runs `fn` on a throwaway git worktree of `commit` that borrows this checkout's node_modules, and
 * removes the worktree afterwards: how a bench measures another commit beside the current code.
 */
export async function withWorktree<T>(commit: string, fn: (dir: string, sha: string) => T | Promise<T>) {
  const dir = mkdtempSync(join(tmpdir(), 'ips-bench-'));
  const git = (...a: string[]) => execFileSync('git', a, { cwd: ROOT, stdio: 'pipe' }).toString().trim();
  git('worktree', 'add', '--detach', dir, commit);
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    return await fn(dir, git('rev-parse', '--short', commit));
  } finally {
    git('worktree', 'remove', '--force', dir);
  }
}
