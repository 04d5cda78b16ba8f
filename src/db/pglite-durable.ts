import fs from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

interface EmscriptenModule {
  NODEFS?: { stream_ops?: { fsync?: (stream: { nfd?: number }) => number } };
}

/**
 * PGlite's file system on Node, with fsync. Emscripten's NODEFS has no fsync (the call returns at
 * once, and fdatasync is a stub), so even a PostgreSQL that syncs would only reach the page cache.
 * This gives NODEFS a real one; PostgreSQL then decides what to sync, as on a server: the WAL at
 * every commit, data files at checkpoints.
 */
class SyncingNodeFS extends NodeFS {
  override async init(pg: PGlite, opts: Parameters<NodeFS['init']>[1]) {
    const result = await super.init(pg, opts);
    const preRun = result.emscriptenOpts.preRun ?? [];
    result.emscriptenOpts.preRun = [...preRun, (mod: EmscriptenModule) => giveNodefsFsync(mod)];
    return result;
  }
}

function giveNodefsFsync(mod: EmscriptenModule) {
  const ops = mod.NODEFS?.stream_ops;
  // Checked, not assumed: a PGlite upgrade that renames this must stop the start, not lose durability.
  if (!ops) throw new Error('PGlite has no NODEFS stream operations: committed writes would not be durable');
  ops.fsync = (stream) => {
    if (stream.nfd !== undefined) fs.fsyncSync(stream.nfd);
    return 0;
  };
}

type StartParams = string[];
const defaults = (PGlite as unknown as { defaultStartParams: StartParams }).defaultStartParams;

/**
 * PGlite starts PostgreSQL with `-F` (fsync off). Without it, and with `wal_sync_method=fsync`
 * (fdatasync is a no-op in Emscripten), each commit syncs the WAL before PGlite answers.
 */
const DURABLE_PARAMS: StartParams = [...defaults.filter((p) => p !== '-F'), '-c', 'wal_sync_method=fsync'];

/** Whether commits reach the disk before they are acknowledged: `fsync`, or `off` for a bench's comparison. */
export type Durability = 'fsync' | 'off';

/** Whether `location` holds no PGlite database yet. */
export function isFreshLocation(location: string): boolean {
  return !fs.existsSync(join(location, 'PG_VERSION'));
}

/**
 * Opens PGlite on the files in `location`; if it holds none, creates them: as a copy of
 * `initialFiles` when given (a database closed cleanly, so it opens without crash recovery), else empty.
 */
export async function openPGliteFiles(
  location: string,
  durability: Durability,
  options: PGliteOptions,
  initialFiles?: string,
) {
  const fresh = isFreshLocation(location);
  if (fresh && initialFiles) await copyFiles(initialFiles, location);
  const pglite = new PGlite({
    ...options,
    fs: durability === 'fsync' ? new SyncingNodeFS(location) : new NodeFS(location),
    startParams: durability === 'fsync' ? DURABLE_PARAMS : defaults,
  });
  await pglite.waitReady;
  if (durability === 'fsync') {
    await expectSetting(pglite, 'fsync', 'on');
    // The files of a new database were written before PostgreSQL synced anything: sync them once.
    if (fresh) {
      await syncTree(location);
      await syncPath(dirname(location));
    }
  }
  return pglite;
}

/**
 * Copied beside `location` and renamed, so a start cut short never leaves half a database there.
 * The ~1,200 files are copied concurrently (the thread pool's), so the start-up goes on meanwhile.
 */
async function copyFiles(from: string, location: string) {
  const partial = `${location}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial);
  const entries = fs.readdirSync(from, { withFileTypes: true, recursive: true });
  const target = (e: fs.Dirent) => join(partial, relative(from, e.parentPath), e.name);
  for (const e of entries) if (e.isDirectory()) fs.mkdirSync(target(e), { recursive: true });
  const files = entries.filter((e) => e.isFile());
  await Promise.all(files.map((e) => fs.promises.copyFile(join(e.parentPath, e.name), target(e))));
  fs.rmSync(location, { recursive: true, force: true });
  fs.renameSync(partial, location);
}

async function expectSetting(pglite: PGlite, name: string, value: string) {
  const { rows } = await pglite.query<{ setting: string }>(
    'select setting from pg_settings where name = $1',
    [name],
  );
  if (rows[0]?.setting !== value) throw new Error(`PGlite started with ${name}=${rows[0]?.setting}`);
}

/**
 * fsyncs every file and directory under `dir`, then `dir` itself. All at once: the file system
 * commits concurrent syncs together, one by one they took seconds for a new database's ~1,200 files.
 */
async function syncTree(dir: string) {
  const entries = fs.readdirSync(dir, { withFileTypes: true, recursive: true });
  const path = (e: fs.Dirent) => join(e.parentPath, e.name);
  await Promise.all(entries.filter((e) => e.isFile()).map((e) => syncPath(path(e))));
  await Promise.all(entries.filter((e) => e.isDirectory()).map((e) => syncPath(path(e))));
  await syncPath(dir);
}

async function syncPath(path: string) {
  const file = await fs.promises.open(path, 'r');
  try {
    await file.sync();
  } finally {
    await file.close();
  }
}
