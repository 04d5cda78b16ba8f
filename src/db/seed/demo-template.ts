import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { openDatabase, pgliteLocation } from '../database.ts';
import { migrate } from '../migrate.ts';
import { refreshOutcomes } from '../scheduled/refresh-outcomes.ts';
import { Store } from '../store.ts';
import { seedDemo } from './demo.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** Beside the built web UI: made by the first start that needs it, and ignored by git. */
export const DEMO_TEMPLATE_DIR = join(ROOT, 'dist', 'demo-database');
/** The code a seeded database depends on: its schema, the seed and the rules the seed uses. */
const SOURCES = [join(ROOT, 'src', 'db'), join(ROOT, 'src', 'domain')];

/**
 * The PGlite files of a database migrated and seeded with the demo programme, closed cleanly, for
 * a new data directory to start from as a copy. Seeding takes seconds; copying a fraction of that,
 * so the files are kept and reused. The demo's casework is dated back from the day it is seeded,
 * so they serve only the (UTC) day they were made on, and only the code and PGlite version that
 * made them: on another day or version they are seeded anew (and the old ones removed).
 * Null where they cannot be kept (a read-only installation): the caller seeds as before.
 */
export async function demoDatabaseFiles(
  hash: (password: string) => Promise<string>,
  options: { dir?: string; today?: Date; log?: (message: string) => void } = {},
): Promise<string | null> {
  const { dir = DEMO_TEMPLATE_DIR, today = new Date(), log = () => {} } = options;
  const files = join(dir, `demo-${today.toISOString().slice(0, 10)}-${codeVersion()}`);
  if (existsSync(files)) return files;
  const partial = join(dir, `.partial-${process.pid}-${Date.now()}`);
  try {
    mkdirSync(partial, { recursive: true });
  } catch (error) {
    log(`Cannot keep the demo database in ${dir} (${String(error)}): seeding the data directory instead.`);
    return null;
  }
  try {
    log("Seeding today's demo database (once a day; new data directories start from a copy)…");
    await seed(partial, hash, today);
    keep(pgliteLocation(partial), files);
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  return files;
}

async function seed(dataDir: string, hash: (password: string) => Promise<string>, today: Date) {
  // Not synced: the files are copied, and each copy is synced where it is used.
  const database = await openDatabase({ kind: 'pglite', dataDir, durability: 'off', owner: 'the demo seed' });
  const store = new Store(database, (e) => {
    throw e;
  });
  try {
    await migrate(database);
    await seedDemo(store, hash, today);
    // Counted here, once, so that a start from a copy the same day finds no programme due.
    await refreshOutcomes(store, { now: today });
    await store.sealer.flush();
  } finally {
    await store.close();
  }
}

/** Renamed into place (a concurrent start may have got there first); older days' files removed. */
function keep(from: string, files: string) {
  try {
    renameSync(from, files);
  } catch (error) {
    if (!existsSync(files)) throw error;
  }
  const dir = dirname(files);
  for (const old of readdirSync(dir)) {
    if (old.startsWith('demo-') && join(dir, old) !== files)
      rmSync(join(dir, old), { recursive: true, force: true });
  }
}

let version: string | null = null;

/** A digest of the schema's and seed's sources and of PGlite's version: a change to any seeds anew. */
function codeVersion(): string {
  if (version) return version;
  const digest = createHash('sha256');
  // The package exports no package.json; its entry point is in dist/, beside it.
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  digest.update(readFileSync(join(dirname(entry), '..', 'package.json')));
  for (const file of SOURCES.flatMap(filesUnder).sort()) {
    digest.update(relative(ROOT, file)).update(readFileSync(file));
  }
  version = digest.digest('hex').slice(0, 12);
  return version;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}
