import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readAnchors } from '../../src/db/audit/anchor.ts';
import { chainHead } from '../../src/db/audit/head.ts';
import { sealPending } from '../../src/db/audit/sealer.ts';
import type { Db } from '../../src/db/database.ts';
import { openStore } from '../../src/db/open-store.ts';
import { ANCHOR_FILE, scheduleAuditAnchor, writeAuditAnchor } from '../../src/db/scheduled/audit-anchor.ts';
import { startPlatform } from '../../src/server/platform.ts';
import {
  type CliDatabase,
  ips,
  postgresAdmin,
  SLOW,
  targetOf,
  withCliDatabase,
  writeAuditEvents,
} from '../support/cli.ts';
import { dbKind, urlWithSchema, workerSchema } from '../support/test-store.ts';

const SCHEMA = workerSchema('_anchor');
const dir = mkdtempSync(join(tmpdir(), 'ips-anchor-test-'));
const place: CliDatabase =
  dbKind === 'postgres'
    ? { databaseUrl: urlWithSchema(inject('postgresUrl'), SCHEMA) }
    : { dataDir: join(dir, 'data') };
const anchors = (name: string) => join(dir, name);
const anchorFile = (name: string) => join(anchors(name), ANCHOR_FILE);

/** As a superuser could: with triggers and foreign keys off (replica mode) inside one transaction. */
function asSuperuser(db: Db, fn: (tx: Db) => Promise<void>) {
  return db.transaction().execute(async (tx) => {
    await sql`set local session_replication_role = replica`.execute(tx);
    await fn(tx);
  });
}

beforeAll(async () => {
  if (dbKind === 'postgres')
    await postgresAdmin(`drop schema if exists ${SCHEMA} cascade; create schema ${SCHEMA};`);
  const store = await openStore(targetOf(place), (e) => console.error(e));
  try {
    await writeAuditEvents(store, 10);
    await writeAuditAnchor(store.db, anchors('a'), new Date());
  } finally {
    await store.close();
  }
});

afterAll(async () => {
  if (dbKind === 'postgres') await postgresAdmin(`drop schema if exists ${SCHEMA} cascade`);
  rmSync(dir, { recursive: true, force: true });
});

// In order, on one database: each attack builds on the chain the one before left.
describe(`ips audit verify --anchor on ${dbKind}`, () => {
  it('prints the head and passes while the chain holds the anchor', SLOW, async () => {
    const [anchor] = readAnchors(anchorFile('a'));
    expect(anchor?.position).toBe(10);
    const run = await ips(place, 'audit', 'verify', '--anchor', anchorFile('a'));
    expect(run).toEqual({
      code: 0,
      stdout: [
        'Audit chain intact: 10 events verified, 0 waiting to be sealed.',
        `Head: position 10, hash ${anchor?.hash}.`,
        `Anchor check passed: the chain holds every anchor in ${anchorFile('a')} (1), the furthest at position 10 (written ${anchor?.at}).`,
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('catches the newest events deleted, which the chain alone cannot show', SLOW, async () => {
    await withCliDatabase(place, (store) =>
      asSuperuser(store.db, async (tx) => {
        const gone = await tx.deleteFrom('audit_chain').where('seq', '>', 7).returning('event_id').execute();
        await tx
          .deleteFrom('audit_event')
          .where(
            'id',
            'in',
            gone.map((g) => g.event_id),
          )
          .execute();
      }),
    );
    const plain = await ips(place, 'audit', 'verify');
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^Audit chain intact: 7 events verified/);

    const [anchor] = readAnchors(anchorFile('a'));
    const checked = await ips(place, 'audit', 'verify', '--anchor', anchorFile('a'));
    expect(checked.code).toBe(1);
    expect(checked.stderr).toBe(
      `Audit chain does NOT hold its anchor: the chain ends at position 7, but the anchor written ${anchor?.at} holds position 10: the newest events were removed.\n`,
    );

    // Nor does the job vouch for the cut chain with a new anchor.
    const before = readFileSync(anchorFile('a'), 'utf8');
    await withCliDatabase(place, async (store) => {
      await expect(writeAuditAnchor(store.db, anchors('a'), new Date())).rejects.toThrow(
        `no new anchor written to ${anchorFile('a')}: the chain ends at position 7`,
      );
    });
    expect(readFileSync(anchorFile('a'), 'utf8')).toBe(before);
  });

  it(
    'catches the whole chain rewritten, hashes and all, which the chain alone cannot show',
    SLOW,
    async () => {
      const anchor = await withCliDatabase(place, async (store) => {
        const written = await writeAuditAnchor(store.db, anchors('b'), new Date());
        // An event edited, then every link recomputed from the first: a chain that verifies.
        await asSuperuser(store.db, async (tx) => {
          await tx
            .updateTable('audit_event')
            .set({ reason: 'forged' })
            .where('subject_id', '=', '2')
            .execute();
          await tx.deleteFrom('audit_chain').execute();
          await sql`insert into audit_pending (event_id) select id from audit_event`.execute(tx);
        });
        await sealPending(store.db);
        expect((await chainHead(store.db))?.position).toBe(written?.position);
        return written;
      });
      const plain = await ips(place, 'audit', 'verify');
      expect(plain.code).toBe(0);
      expect(plain.stdout).toMatch(/^Audit chain intact: 7 events verified/);

      const checked = await ips(place, 'audit', 'verify', '--anchor', anchorFile('b'));
      expect(checked.code).toBe(1);
      expect(checked.stderr).toMatch(
        new RegExp(
          `^Audit chain does NOT hold its anchor: position 7 has hash [0-9a-f]{64}, but the anchor written ${anchor?.at} holds position 7 with hash ${anchor?.hash}: the chain was rewritten\\.\\n$`,
        ),
      );
    },
  );
});

describe('the scheduled anchor job', () => {
  it('appends the head at each run, keeping every line written before', SLOW, async () => {
    const store = await openStore(targetOf(place), (e) => console.error(e));
    try {
      const first = await writeAuditAnchor(store.db, anchors('c'), new Date());
      const errors: unknown[] = [];
      const job = scheduleAuditAnchor(store.db, {
        dir: anchors('c'),
        intervalMs: 50,
        onError: (e) => errors.push(e),
      });
      await writeAuditEvents(store, 2);
      await expect
        .poll(() => readAnchors(anchorFile('c')).length, { timeout: 20_000 })
        .toBeGreaterThanOrEqual(4);
      await job.stop();
      expect(errors).toEqual([]);
      const lines = readAnchors(anchorFile('c'));
      expect(lines[0]).toEqual(first);
      const head = await chainHead(store.db);
      expect(lines.at(-1)).toMatchObject(head ?? {});
      const times = lines.map((l) => Date.parse(l.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      const positions = lines.map((l) => l.position);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    } finally {
      await store.close();
    }
  });

  // The wiring does not depend on the database, so it is checked once, on PGlite.
  it.runIf(dbKind === 'pglite')('is started by the platform when given a directory', SLOW, async () => {
    const platform = await startPlatform({
      target: { kind: 'pglite', dataDir: 'memory' },
      seed: 'never',
      candidateRetentionDays: null,
      sessionSecret: 'anchor-test-session-secret-of-32-chars',
      secureCookies: false,
      identityNumbers: 'synthetic',
      auditAnchor: { dir: anchors('platform'), intervalMs: 50 },
    });
    try {
      await writeAuditEvents(platform.store, 3);
      await expect
        .poll(
          () => existsSync(anchorFile('platform')) && readAnchors(anchorFile('platform')).at(-1)?.position,
          {
            timeout: 20_000,
          },
        )
        .toBe(3);
    } finally {
      await platform.close();
    }
  });
});
