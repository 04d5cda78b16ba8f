import fs from 'node:fs';
import { dirname, join } from 'node:path';
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

/** Opens PGlite on the files in `location` (created if missing). */
export async function openPGliteFiles(location: string, durability: Durability, options: PGliteOptions) {
  const fresh = !fs.existsSync(join(location, 'PG_VERSION'));
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
      syncTree(location);
      syncPath(dirname(location));
    }
  }
  return pglite;
}

async function expectSetting(pglite: PGlite, name: string, value: string) {
  const { rows } = await pglite.query<{ setting: string }>(
    'select setting from pg_settings where name = $1',
    [name],
  );
  if (rows[0]?.setting !== value) throw new Error(`PGlite started with ${name}=${rows[0]?.setting}`);
}

/** fsyncs every file and directory under `dir`, the directory itself last. */
function syncTree(dir: string) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) syncTree(path);
    else if (entry.isFile()) syncPath(path);
  }
  syncPath(dir);
}

function syncPath(path: string) {
  const fd = fs.openSync(path, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
