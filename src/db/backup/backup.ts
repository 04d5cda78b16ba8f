import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { sql } from 'kysely';
import type { AccessContext } from '../../domain/access.ts';
import { type ChainHead, chainHead } from '../audit/head.ts';
import { writeAudit } from '../audit/writer.ts';
import type { DatabaseTarget } from '../database.ts';
import type { Store } from '../store.ts';
import { runPgTool } from './pg-tools.ts';

/** The command line's system actor, for a backup and a restore alike. */
export const DATABASE_OPERATION: AccessContext = {
  actor: { kind: 'system', name: 'ips-cli' },
  purpose: 'system_administration',
  requestId: null,
};

/**
 * Writes the whole database to `file`: PGlite's data directory as a gzipped tar, PostgreSQL in
 * pg_dump's custom format. The backup reads every participant's data, so it is audited first, and
 * its own event is in the copy. Returns the chain head the copy holds.
 */
export async function backupDatabase(store: Store, target: DatabaseTarget, file: string) {
  if (existsSync(file)) throw new Error(`${file} exists: a backup never overwrites a file, name a new one`);
  await store.transact((tx) =>
    writeAudit(tx, DATABASE_OPERATION, [
      {
        action: 'export',
        subjectType: 'database',
        decision: 'allow',
        reason: 'backup',
        legalBasis: 'system_operation',
        details: { database: target.kind },
      },
    ]),
  );
  await store.sealer.flush();
  const partial = `${file}.partial`;
  try {
    const head =
      target.kind === 'postgres'
        ? await dumpPostgres(store, target.url, partial)
        : await dumpPGlite(store, partial);
    syncFile(partial);
    renameSync(partial, file);
    syncFile(dirname(file));
    return head;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

async function dumpPGlite(store: Store, partial: string): Promise<ChainHead | null> {
  const dump = store.database.dumpDataDir;
  if (!dump) throw new Error('this database cannot dump its data directory');
  // This process holds the data directory alone: nothing is written between the two.
  const head = await chainHead(store.db);
  writeFileSync(partial, Buffer.from(await (await dump()).arrayBuffer()), { flag: 'wx' });
  return head;
}

/**
 * pg_dump works in a snapshot this transaction exports, so the head read here is exactly the
 * head in the copy, while a server goes on writing.
 */
function dumpPostgres(store: Store, url: string, partial: string): Promise<ChainHead | null> {
  return store.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (tx) => {
      const { rows } = await sql<{ snapshot: string }>`select pg_export_snapshot() as snapshot`.execute(tx);
      const head = await chainHead(tx);
      await runPgTool('pg_dump', url, [
        '--format=custom',
        '--no-owner',
        '--no-privileges',
        `--snapshot=${rows[0]?.snapshot}`,
        `--file=${partial}`,
      ]);
      return head;
    });
}

function syncFile(path: string) {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
