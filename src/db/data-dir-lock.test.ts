import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, LOCK_FILE, type LockHolder } from './data-dir-lock.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ips-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has already exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid as number;
}

function writeLock(holder: Partial<LockHolder>) {
  const full = { startedAt: '2026-01-01T00:00:00.000Z', what: 'the IPS server', token: 'old', ...holder };
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify(full));
}

describe('the PGlite data directory lock', () => {
  it('is held by one opener: a second gets an error naming the holder, until the first releases it', () => {
    const first = acquireDataDirLock(dir, 'the IPS server on http://127.0.0.1:3000');
    const second = () => acquireDataDirLock(dir, 'ips users create');
    expect(second).toThrow(DataDirLockedError);
    expect(second).toThrow(`the IPS server on http://127.0.0.1:3000 (pid ${process.pid}`);
    first.release();
    expect(existsSync(first.file)).toBe(false);
    acquireDataDirLock(dir, 'ips users create').release();
  });

  it('takes over a lock whose process is gone', () => {
    writeLock({ pid: deadPid(), processStart: null });
    const lock = acquireDataDirLock(dir, 'ips audit verify');
    expect(JSON.parse(readFileSync(lock.file, 'utf8'))).toMatchObject({
      pid: process.pid,
      what: 'ips audit verify',
    });
    lock.release();
  });

  it('takes over a lock whose pid now belongs to another process (a reused pid)', () => {
    writeLock({ pid: process.pid, processStart: '1' });
    acquireDataDirLock(dir, 'ips audit verify').release();
  });

  it('takes over a lock file cut short by a crash while it was written', () => {
    writeFileSync(join(dir, LOCK_FILE), '{"pid":');
    acquireDataDirLock(dir, 'ips audit verify').release();
  });

  it('refuses while a live holder keeps it, whatever its age', () => {
    writeLock({ pid: process.pid, processStart: null, what: 'ips demo seed' });
    expect(() => acquireDataDirLock(dir, 'the IPS server')).toThrow(`ips demo seed (pid ${process.pid}`);
  });

  it('leaves a lock it no longer owns in place on release', () => {
    const lock = acquireDataDirLock(dir, 'ips db migrate');
    writeLock({ pid: process.pid, processStart: null, token: 'someone-else' });
    lock.release();
    expect(existsSync(lock.file)).toBe(true);
  });
});
