import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { osloToday } from '../../src/domain/participant.ts';
import { resetStore } from '../support/test-store.ts';

let store: Store;
beforeAll(async () => {
  store = await resetStore();
});

interface Row {
  handle: string;
  referral_date: string;
  created_at: Date;
  updated_at: Date;
  referred_at: Date;
  first_recorded: Date;
  first_note: Date | null;
  newest_recorded: Date;
}

async function demoParticipants(): Promise<Row[]> {
  const { rows } = await sql<Row>`
    select p.handle, p.referral_date, p.created_at, p.updated_at,
      (select s.recorded_at from stage_transition s
        where s.participant_id = p.id and s.stage = 'referred' order by s.effective_date limit 1) as referred_at,
      (select min(s.recorded_at) from stage_transition s where s.participant_id = p.id) as first_recorded,
      (select min(n.created_at) from case_note n where n.participant_id = p.id) as first_note,
      (select s.recorded_at from stage_transition s where s.participant_id = p.id
        order by s.effective_date desc, s.recorded_at desc limit 1) as newest_recorded
    from participant p
    order by p.handle`.execute(store.db);
  return rows;
}

describe('the demo participants’ own dates agree with their year of history', () => {
  it('each was registered on the referral date, before any stage change or note was recorded', async () => {
    const rows = await demoParticipants();
    expect(rows.length).toBeGreaterThan(40);
    const disagreeing = rows
      .filter(
        (r) =>
          osloToday(r.created_at) !== r.referral_date ||
          r.created_at > r.first_recorded ||
          (r.first_note !== null && r.first_note < r.created_at) ||
          r.referred_at.getTime() !== r.created_at.getTime(),
      )
      .map((r) => `${r.handle}: referred ${r.referral_date}, created ${r.created_at.toISOString()}`);
    expect(disagreeing).toEqual([]);
  });

  it('each record was last changed with its newest stage change, never in the future', async () => {
    const now = new Date();
    const disagreeing = (await demoParticipants())
      .filter(
        (r) =>
          r.updated_at < r.created_at ||
          r.updated_at > now ||
          (r.newest_recorded <= now && r.updated_at.getTime() !== r.newest_recorded.getTime()),
      )
      .map(
        (r) =>
          `${r.handle}: newest change ${r.newest_recorded.toISOString()}, updated ${r.updated_at.toISOString()}`,
      );
    expect(disagreeing).toEqual([]);
  });
});
