import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/db/audit/verify.ts';
import { openDatabase } from '../../src/db/database.ts';
import { demoDatabaseFiles } from '../../src/db/seed/demo-template.ts';
import { hashPassword } from '../../src/server/auth/passwords.ts';
import { daysFromToday } from '../support/clock.ts';
import { dbKind } from '../support/test-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'ips-demo-template-'));
/** A day the test chooses, not today: the kept database must be the one seeded for it. */
const day = daysFromToday(-3);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.runIf(dbKind === 'pglite')('the kept demo database a new data directory starts from', () => {
  it('is seeded once for its day, and a copy opens with that day’s casework and a whole audit chain', {
    timeout: 180_000,
  }, async () => {
    const said: string[] = [];
    const log = (m: string) => said.push(m);
    const files = await demoDatabaseFiles(hashPassword, { dir, today: new Date(`${day}T12:00:00Z`), log });
    expect(basename(files as string)).toMatch(new RegExp(`^demo-${day}-[0-9a-f]{12}$`));
    expect(said).toHaveLength(1);
    const again = await demoDatabaseFiles(hashPassword, { dir, today: new Date(`${day}T23:00:00Z`), log });
    expect(again).toBe(files);
    expect(said).toHaveLength(1);

    const dataDir = mkdtempSync(join(tmpdir(), 'ips-demo-copy-'));
    const database = await openDatabase({ kind: 'pglite', dataDir, initialFiles: files as string });
    try {
      const row = await database.db
        .selectFrom('participant')
        .select((eb) => eb.fn.max('referral_date').as('latest'))
        .executeTakeFirstOrThrow();
      expect(String(row.latest) <= day).toBe(true);
      expect(String(row.latest) > daysFromToday(-400)).toBe(true);
      expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, pending: 0 });
    } finally {
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
