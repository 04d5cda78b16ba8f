import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../db/audit/writer.ts';
import { literal, openDuckDb } from '../duckdb.ts';
import { writeRegisters } from '../registers/write.ts';
import { analyseRegisters } from './analyse.ts';

let root: string;
let registers: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ips-analyse-'));
  registers = join(root, 'registers');
  const conn = await openDuckDb();
  const design = {
    persons: 4000,
    years: 5,
    effect: -0.08,
    healthEffect: -0.2,
    seed: 11,
    ipsShare: 0.1,
    firstMonth: '2020-01-01',
  };
  await writeRegisters(conn, design, registers, () => {});
  conn.closeSync();
}, 60_000);
afterAll(() => rm(root, { recursive: true, force: true }));

function auditLog() {
  const events: AuditEntry[] = [];
  return { events, audit: async (e: AuditEntry) => void events.push(e) };
}

const disclosure = { threshold: 60, roundingBase: 5 };

describe('ips research analyse', () => {
  it('writes disclosure-controlled tables: counts rounded, small groups withheld, with the note', async () => {
    const { events, audit } = auditLog();
    const out = join(root, 'out');
    const p = await analyseRegisters({ registers, out, seed: 1, disclosure }, audit);
    const counts = p.did.flatMap((r) => [r.nParticipants, r.nControls]).filter((n) => n !== null);
    expect(counts.every((n) => n % 5 === 0)).toBe(true);
    const withheld = p.did.filter((r) => r.suppressed);
    expect(withheld.length).toBeGreaterThan(0);
    expect(withheld.every((r) => r.estimate === null && r.low === null && r.nParticipants === null)).toBe(
      true,
    );
    const csv = await readFile(join(out, 'did.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      'outcome,groupBy,groupValue,estimate,low,high,nParticipants,nControls,suppressed',
    );
    expect(await readFile(join(out, 'disclosure.txt'), 'utf8')).toMatch(/nærmeste 5.*\n.*fewer than 60/s);
    expect(events).toMatchObject([{ action: 'export', decision: 'allow', subjectType: 'research_analysis' }]);
  }, 60_000);

  it('refuses a corrupt Parquet file, writes nothing and audits the refusal', async () => {
    const broken = join(root, 'broken');
    await cp(registers, broken, { recursive: true });
    await writeFile(join(broken, 'benefit_status', 'part-0000.parquet'), 'PAR1 not really parquet');
    const { events, audit } = auditLog();
    const out = join(root, 'out-broken');
    await expect(
      analyseRegisters({ registers: broken, out, seed: 1, disclosure }, audit),
    ).rejects.toMatchObject({
      extra: { reason: 'register_unreadable' },
    });
    await expect(readFile(join(out, 'did.csv'))).rejects.toThrow(/ENOENT/);
    expect(events).toMatchObject([{ decision: 'deny', reason: 'register_unreadable' }]);
  });

  it('refuses a foreign Parquet file naming the column it lacks', async () => {
    const foreign = join(root, 'foreign');
    await cp(registers, foreign, { recursive: true });
    const conn = await openDuckDb();
    await conn.run(
      `COPY (SELECT 1 AS id, 'x' AS name) TO ${literal(join(foreign, 'persons.parquet'))} (FORMAT parquet)`,
    );
    conn.closeSync();
    const { events, audit } = auditLog();
    await expect(
      analyseRegisters({ registers: foreign, out: join(root, 'out-foreign'), seed: 1, disclosure }, audit),
    ).rejects.toThrow(/not the persons register: column person_key is missing/);
    expect(events).toMatchObject([{ decision: 'deny', reason: 'register_foreign' }]);
  });
});
