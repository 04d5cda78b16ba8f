import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Who holds the embedded database: written into the lock file, named in the refusal. */
export interface LockHolder {
  pid: number;
  /** The process's start in kernel clock ticks since boot (Linux), so a reused pid is not mistaken for it. */
  processStart: string | null;
  startedAt: string;
  /** What the process is: "server on http://127.0.0.1:3000", "ips users create". */
  what: string;
  token: string;
}

export interface DataDirLock {
  readonly file: string;
  release(): void;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The database in ${dataDir} is in use by another process: ${holder.what} (pid ${holder.pid}, ` +
        `since ${holder.startedAt}). PGlite allows one process at a time, and a second one would lose ` +
        'data. Stop that process first, or run against PostgreSQL (DATABASE_URL) to share the database.',
    );
    this.name = 'DataDirLockedError';
  }
}

export const LOCK_FILE = 'pglite.lock';
/** A takeover takes microseconds; a takeover mark older than this was left by a crash. */
const TAKEOVER_STALE_MS = 10_000;

/**
 * Makes this process the only one using the PGlite files in `dataDir`: the lock file is created
 * atomically (O_EXCL), so of two processes starting together exactly one wins. A lock whose process
 * is gone (killed, crashed) is taken over; a live holder is named in the error.
 */
export function acquireDataDirLock(dataDir: string, what: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE);
  const me: LockHolder = {
    pid: process.pid,
    processStart: processStart(process.pid),
    startedAt: new Date().toISOString(),
    what,
    token: randomUUID(),
  };
  if (!tryCreate(file, me)) takeOverIfStale(dataDir, file, me);
  const release = () => {
    if (readHolder(file)?.token === me.token) unlinkSync(file);
    process.off('exit', release);
  };
  // A process that exits without closing the store (process.exit after an error) still frees it.
  process.on('exit', release);
  return {
    file,
    release,
  };
}

function tryCreate(file: string, holder: LockHolder): boolean {
  try {
    writeFileSync(file, JSON.stringify(holder), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Under a short takeover mark (mkdir is atomic), so two processes cannot both remove the stale lock. */
function takeOverIfStale(dataDir: string, file: string, me: LockHolder) {
  const mark = `${file}.takeover`;
  enterTakeover(mark);
  try {
    const holder = readHolder(file);
    if (holder && isAlive(holder)) throw new DataDirLockedError(dataDir, holder);
    rmSync(file, { force: true });
    if (!tryCreate(file, me)) {
      const winner = readHolder(file);
      throw winner ? new DataDirLockedError(dataDir, winner) : new Error(`could not create ${file}`);
    }
  } finally {
    rmdirSync(mark);
  }
}

function enterTakeover(mark: string) {
  try {
    mkdirSync(mark);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    if (Date.now() - statSync(mark).mtimeMs < TAKEOVER_STALE_MS) {
      throw new Error(`another process is taking over the lock ${mark}; try again`);
    }
    rmdirSync(mark);
    mkdirSync(mark);
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
  } catch (error) {
    // A lock file cut short (the holder died while writing it) holds nothing: it is stale.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof SyntaxError) return null;
    throw error;
  }
}

export function isAlive(holder: Pick<LockHolder, 'pid' | 'processStart'>): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const start = processStart(holder.pid);
  return holder.processStart === null || start === null || start === holder.processStart;
}

/** Field 22 of /proc/<pid>/stat; null where there is no /proc. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from its closing one.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}
