import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { TestProject } from 'vitest/node';
import { openStore } from '../../src/db/open-store.ts';
import { seedDemo } from '../../src/db/seed/demo.ts';
import { hashPassword } from '../../src/server/auth/passwords.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PGlite data-dir dump (a tar) of a database migrated and seeded with the demo programme. */
    demoDump: string;
  }
}

/**
 * Migrates and seeds the demo programme once per run, into memory, and keeps its files as a dump
 * every end-to-end server starts from (`startServer`): loading it skips creating an empty
 * database (PGlite's initdb), the migrations and the seed, seconds per test file. The seed's
 * dates count back from now, as they do when a server seeds at its start; the seed itself is
 * tested by the integration tests and by `npm start`'s, not here.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'ips-e2e-demo-'));
  const file = join(dir, 'demo.tar');
  const store = await openStore({ kind: 'pglite', dataDir: 'memory' }, (e) => {
    throw e;
  });
  try {
    await seedDemo(store, hashPassword);
    // Sealed here, as the server's sealer would after its start: the chain is part of the dump.
    await store.sealer.flush();
    const dump = await store.database.dumpDataDir?.();
    if (!dump) throw new Error('PGlite gave no data-dir dump');
    // Kept as a plain tar: each server loads it without unzipping 60 MB (a quarter of a second).
    writeFileSync(file, gunzipSync(Buffer.from(await dump.arrayBuffer())));
  } finally {
    await store.close();
  }
  project.provide('demoDump', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
