import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chainHead } from '../../src/db/audit/head.ts';
import { verifyAuditChain } from '../../src/db/audit/verify.ts';
import type { Db } from '../../src/db/database.ts';
import { openStore } from '../../src/db/open-store.ts';
import {
  type CliDatabase,
  databaseUrlFor,
  ips,
  pgToolsMissing,
  postgresAdmin,
  SLOW,
  targetOf,
  withCliDatabase,
  writeAuditEvents,
} from '../support/cli.ts';
import { dbKind } from '../support/test-store.ts';

// Backing up PostgreSQL needs its client programs; where they are missing the tests say so and skip.
const missing = dbKind === 'postgres' ? await pgToolsMissing() : null;
if (missing) console.warn(`backup and restore on postgres skipped: ${missing}`);

const dir = mkdtempSync(join(tmpdir(), 'ips-backup-test-'));
const backup = join(dir, 'ips.backup');
const databaseName = (role: string) =>
  `${inject('schemaPrefix')}_${process.env.VITEST_POOL_ID ?? '0'}_${role}`;
const place = (role: string): CliDatabase =>
  dbKind === 'postgres' ? { databaseUrl: databaseUrlFor(databaseName(role)) } : { dataDir: join(dir, role) };
const source = place('source');
const target = place('restored');

/** Every table of the database and its number of rows. */
async function rowCounts(db: Db): Promise<Record<string, number>> {
  const { rows } = await sql<{ name: string }>`select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`.execute(db);
  const counts: Record<string, number> = {};
  for (const { name } of rows) {
    const { rows: n } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(name)}`.execute(
      db,
    );
    counts[name] = n[0]?.n ?? 0;
  }
  return counts;
}

beforeAll(async () => {
  if (missing) return;
  if (dbKind === 'postgres') {
    for (const role of ['source', 'restored']) {
      await postgresAdmin(`drop database if exists ${databaseName(role)} with (force)`);
      await postgresAdmin(`create database ${databaseName(role)}`);
    }
  }
  // A database with a chain of its own: migrated, then a few audited events, sealed.
  const store = await openStore(targetOf(source), (e) => console.error(e));
  try {
    await writeAuditEvents(store, 25);
  } finally {
    await store.close();
  }
});

afterAll(async () => {
  if (dbKind === 'postgres' && !missing) {
    for (const role of ['source', 'restored']) {
      await postgresAdmin(`drop database if exists ${databaseName(role)} with (force)`);
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

// In order: the backup the first test writes is what the others restore.
describe.skipIf(missing !== null)(`ips db backup and restore on ${dbKind}`, () => {
  let head = '';

  it('backs up, and restores into an empty database with the same audit chain head', SLOW, async () => {
    const made = await ips(source, 'db', 'backup', backup);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    head =
      /^Audit chain head in the backup: (position \d+, hash [0-9a-f]{64})\.$/m.exec(made.stdout)?.[1] ?? '';
    const sourceHead = await withCliDatabase(source, async (store) => {
      // The backup's own audit event is the last one in the chain, and so in the copy.
      const last = await store.db
        .selectFrom('audit_chain as c')
        .innerJoin('audit_event as e', 'e.id', 'c.event_id')
        .select(['e.action', 'e.subject_type', 'e.reason'])
        .orderBy('c.seq', 'desc')
        .executeTakeFirstOrThrow();
      expect(last).toEqual({ action: 'export', subject_type: 'database', reason: 'backup' });
      return chainHead(store.db);
    });
    expect(head).toBe(`position ${sourceHead?.position}, hash ${sourceHead?.hash}`);
    expect(sourceHead?.position).toBe(26);

    const restored = await ips(target, 'db', 'restore', backup);
    expect(restored.stderr).toBe('');
    expect(restored).toEqual({
      code: 0,
      stdout: [
        `Restored ${backup} into the ${dbKind} database.`,
        'Audit chain intact: 26 events verified, 0 waiting to be sealed.',
        `Head: ${head}.`,
        'The restore is in the audit log (system actor), sealed after that head.',
        '',
      ].join('\n'),
      stderr: '',
    });
    const { restoredRows, restoreEvent } = await withCliDatabase(target, async (store) => {
      expect(await verifyAuditChain(store.db)).toEqual({ ok: true, sealed: 27, pending: 0 });
      const event = await store.db
        .selectFrom('audit_chain as c')
        .innerJoin('audit_event as e', 'e.id', 'c.event_id')
        .select(['c.seq', 'e.actor_name', 'e.action', 'e.subject_type', 'e.reason', 'e.details'])
        .orderBy('c.seq', 'desc')
        .executeTakeFirstOrThrow();
      return { restoredRows: await rowCounts(store.db), restoreEvent: event };
    });
    // The restore's own event is sealed onto the backup's head, naming it.
    expect(restoreEvent).toEqual({
      seq: 27,
      actor_name: 'ips-cli',
      action: 'system',
      subject_type: 'database',
      reason: 'restore',
      details: { database: dbKind, restoredHead: { position: 26, hash: head.split('hash ')[1] } },
    });
    const sourceRows = await withCliDatabase(source, (store) => rowCounts(store.db));
    expect(restoredRows).toEqual({ ...sourceRows, audit_event: 27, audit_chain: 27 });
    expect(sourceRows).toMatchObject({ audit_event: 26, audit_chain: 26, region: expect.any(Number) });
  });

  it(
    'refuses to restore into a database that has data, with exit 1, and leaves it as it was',
    SLOW,
    async () => {
      const before = await withCliDatabase(target, (store) => chainHead(store.db));
      const again = await ips(target, 'db', 'restore', backup);
      expect(again.code).toBe(1);
      expect(again.stdout).toBe('');
      expect(again.stderr).toMatch(
        dbKind === 'postgres'
          ? /^ips: The target database is not empty \(\d+ tables and other relations, public\.\w+ first\): a restore goes only into an empty database\. Create a new one and point DATABASE_URL at it\.\n$/
          : /^ips: .+ already holds a database: a restore goes only into an empty place\. Point IPS_DATA_DIR at a new directory\.\n$/,
      );
      expect(await withCliDatabase(target, (store) => chainHead(store.db))).toEqual(before);
    },
  );

  it('never overwrites a file with a backup, and keeps no half-written one', SLOW, async () => {
    const overwrite = await ips(source, 'db', 'backup', backup);
    expect(overwrite).toEqual({
      code: 1,
      stdout: '',
      stderr: `ips: ${backup} exists: a backup never overwrites a file, name a new one\n`,
    });
    expect(existsSync(`${backup}.partial`)).toBe(false);
  });
});
