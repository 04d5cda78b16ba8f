import { closeSync, existsSync, openSync, readFileSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { ChainHead } from '../audit/head.ts';
import { sealPending } from '../audit/sealer.ts';
import { writeAudit } from '../audit/writer.ts';
import { type Database, type DatabaseTarget, openDatabase } from '../database.ts';
import { DATABASE_OPERATION } from './backup.ts';
import { runPgTool } from './pg-tools.ts';

/** What made the file: pg_dump's custom format starts "PGDMP", PGlite's gzipped tar with 1f 8b. */
function backupKindOf(file: string): DatabaseTarget['kind'] {
  const head = Buffer.alloc(5);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === 'PGDMP') return 'postgres';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  throw new Error(`${file} is not a backup made by ips db backup`);
}

/**
 * Restores `file` into the target, which must be empty, and returns the database opened on it
 * (not migrated: it holds exactly what the backup held). A restore into a database that has data
 * could mix two histories, so it is refused.
 */
export async function restoreDatabase(target: DatabaseTarget, file: string): Promise<Database> {
  const kind = backupKindOf(file);
  if (kind !== target.kind) {
    const where = target.kind === 'postgres' ? 'DATABASE_URL is set' : 'no DATABASE_URL is set';
    throw new Error(`${file} is a ${kind} backup, but ${where}: it restores into ${kind} only`);
  }
  return target.kind === 'postgres' ? restorePostgres(target, file) : restorePGlite(target, file);
}

async function restorePGlite(target: Extract<DatabaseTarget, { kind: 'pglite' }>, file: string) {
  const location = join(target.dataDir, 'pglite');
  if (existsSync(join(location, 'PG_VERSION'))) {
    throw new Error(
      `${target.dataDir} already holds a database: a restore goes only into an empty place. ` +
        'Point IPS_DATA_DIR at a new directory.',
    );
  }
  const created = !existsSync(location);
  try {
    return await openDatabase({ ...target, loadDataDir: new Blob([readFileSync(file)]) });
  } catch (error) {
    if (created) rmSync(location, { recursive: true, force: true });
    throw error;
  }
}

async function restorePostgres(target: Extract<DatabaseTarget, { kind: 'postgres' }>, file: string) {
  const database = await openDatabase({ ...target, poolSize: 1 });
  try {
    const { rows } = await sql<{ name: string }>`select n.nspname || '.' || c.relname as name
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
        and n.nspname not in ('pg_catalog', 'information_schema')
        and n.nspname not like 'pg\\_%'
      order by 1`.execute(database.db);
    if (rows.length > 0) {
      throw new Error(
        `The target database is not empty (${rows.length} tables and other relations, ${rows[0]?.name} first): ` +
          'a restore goes only into an empty database. Create a new one and point DATABASE_URL at it.',
      );
    }
    // One transaction: a restore that fails part-way leaves the database as empty as it was.
    await runPgTool('pg_restore', target.url, [
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      file,
    ]);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * The restore's own event, written once the restored chain has verified: it names the head the
 * backup held, and is sealed onto it, so the log shows where the history was taken up again.
 */
export async function recordRestore(database: Database, restoredHead: ChainHead | null): Promise<void> {
  await database.db.transaction().execute((tx) =>
    writeAudit(tx, DATABASE_OPERATION, [
      {
        action: 'system',
        subjectType: 'database',
        decision: 'allow',
        reason: 'restore',
        legalBasis: 'system_operation',
        details: { database: database.kind, restoredHead },
      },
    ]),
  );
  await sealPending(database.db);
}
