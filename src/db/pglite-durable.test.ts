import fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { type Database, openDatabase } from './database.ts';

// Creating PGlite files takes seconds, more on a busy machine.
const SLOW = { timeout: 120_000 };
let dir = '';
let database: Database;

beforeAll(async () => {
  dir = fs.mkdtempSync(join(tmpdir(), 'ips-durable-'));
  database = await openDatabase({ kind: 'pglite', dataDir: dir });
  await database.exec('create table acknowledged (id serial primary key, body text not null)');
}, SLOW.timeout);

afterAll(async () => {
  await database?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The files fsynced while fn ran, by their path. */
async function syncedDuring(fn: () => Promise<unknown>): Promise<string[]> {
  const fsync = fs.fsyncSync;
  const paths: string[] = [];
  const spy = vi.spyOn(fs, 'fsyncSync').mockImplementation((fd) => {
    paths.push(fs.readlinkSync(`/proc/self/fd/${fd}`));
    fsync(fd);
  });
  try {
    await fn();
    return paths;
  } finally {
    spy.mockRestore();
  }
}

it.runIf(process.platform === 'linux')(
  'syncs the write-ahead log to disk before a commit is acknowledged',
  SLOW,
  async () => {
    const synced = await syncedDuring(() =>
      database.db
        .transaction()
        .execute((tx) => sql`insert into acknowledged (body) values ('x')`.execute(tx)),
    );
    expect(synced.filter((path) => path.includes(join('pglite', 'pg_wal')))).not.toHaveLength(0);
  },
);

it.runIf(process.platform === 'linux')('syncs nothing for a read', SLOW, async () => {
  expect(await syncedDuring(() => sql`select count(*) from acknowledged`.execute(database.db))).toEqual([]);
});
