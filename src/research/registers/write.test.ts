import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { literal, openDuckDb, rowsOf } from '../duckdb.ts';
import type { RegisterParams } from './params.ts';
import { REGISTER_FILES, writeRegisters } from './write.ts';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ips-registers-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

const design = (seed: number): RegisterParams => ({
  persons: 600,
  years: 5,
  effect: -0.08,
  healthEffect: -0.2,
  seed,
  ipsShare: 0.1,
  firstMonth: '2020-01-01',
});

/** The registers' rows as an order-free fingerprint: the parts' row order may differ, the rows not. */
async function fingerprint(dir: string) {
  const conn = await openDuckDb();
  try {
    const of = async (glob: string, columns: string) => {
      const [row] = await rowsOf<{ n: number; h: string }>(
        conn,
        `SELECT count(*) AS n, sum(hash(${columns}))::VARCHAR AS h FROM read_parquet(${literal(join(dir, glob))})`,
      );
      return row;
    };
    return {
      persons: await of(
        REGISTER_FILES.persons,
        'person_key, cohort, sex, birth_year, region, track, ips_start',
      ),
      benefit: await of(`${REGISTER_FILES.benefitStatus}/*.parquet`, 'person_key, month, status'),
      contacts: await of(
        `${REGISTER_FILES.healthContacts}/*.parquet`,
        'person_key, contact_date, contact_kind, diagnosis_group',
      ),
    };
  } finally {
    conn.closeSync();
  }
}

async function written(name: string, seed: number, progress: Array<[number, number]> = []) {
  const conn = await openDuckDb();
  try {
    const out = join(root, name);
    await writeRegisters(conn, design(seed), out, (_phase, done, total) => progress.push([done, total]));
    return out;
  } finally {
    conn.closeSync();
  }
}

describe('writeRegisters', () => {
  it('writes the same rows for the same seed, and other rows for another', async () => {
    const progress: Array<[number, number]> = [];
    const first = await fingerprint(await written('a', 3, progress));
    expect(first.benefit?.n).toBe(600 * 60);
    expect(await fingerprint(await written('b', 3))).toEqual(first);
    const other = await fingerprint(await written('c', 4));
    expect(other.benefit?.h).not.toBe(first.benefit?.h);
    expect(progress.at(-1)).toEqual([1, 1]);
  }, 60_000);
});
