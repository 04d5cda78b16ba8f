import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/db/audit/verify.ts';
import { runRetention, scheduleRetention } from '../../src/db/scheduled/retention/run-retention.ts';
import type { Store } from '../../src/db/store.ts';
import { dbKind, resetStore } from '../support/test-store.ts';

const DAY = 86_400_000;
const NOW = new Date();

let store: Store;

beforeEach(async () => {
  store = await resetStore();
});

/** One candidate raised `daysAgo`, optionally converted to a participant of the programme. */
async function raise(handle: string, daysAgo: number, converted = false) {
  const seeded = await store.db
    .selectFrom('candidate')
    .select(['programme_id', 'raised_by'])
    .executeTakeFirstOrThrow();
  const participant = converted
    ? await store.db
        .selectFrom('participant')
        .select('id')
        .where('programme_id', '=', seeded.programme_id)
        .limit(1)
        .executeTakeFirstOrThrow()
    : null;
  const row = await store.db
    .insertInto('candidate')
    .values({
      ...seeded,
      handle,
      age_band: '31_40',
      work_wish: 'explore',
      note: null,
      raised_at: new Date(NOW.getTime() - daysAgo * DAY),
      converted_participant_id: participant?.id ?? null,
      converted_at: participant ? new Date(NOW.getTime() - (daysAgo - 1) * DAY) : null,
    })
    .returning(['id', 'programme_id', 'raised_at'])
    .executeTakeFirstOrThrow();
  return row;
}

/** Runs the retention rules and counts the candidates they removed. */
async function purged(candidateDays: number) {
  const report = await runRetention(store, { now: NOW, dryRun: false, candidateDays });
  return report.removed.filter((r) => r.rule === 'candidate').length;
}

async function remaining(ids: string[]) {
  const rows = await store.db.selectFrom('candidate').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

describe(`candidate retention on ${dbKind}`, () => {
  it('deletes unconverted candidates past the period, audits each, and keeps the chain intact', async () => {
    const old = await raise('K-900', 91);
    const older = await raise('K-901', 400);
    const recent = await raise('K-902', 89);
    const convertedOld = await raise('K-903', 200, true);
    // The demo meeting's first item is about a seeded candidate: backdate it to see the cascade.
    const item = await store.db
      .selectFrom('meeting_item')
      .select(['id', 'candidate_id'])
      .where('candidate_id', 'is not', null)
      .orderBy('ordinal')
      .executeTakeFirstOrThrow();
    // raised_at is never changed by the app (its type forbids it), so the test backdates it in SQL.
    const backdated = new Date(NOW.getTime() - 120 * DAY);
    await sql`update candidate set raised_at = ${backdated} where id = ${item.candidate_id}`.execute(
      store.db,
    );
    const before = await store.db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirstOrThrow();

    expect(await purged(90)).toBe(3);

    const ids = [old.id, older.id, recent.id, convertedOld.id, item.candidate_id as string];
    expect(await remaining(ids)).toEqual(new Set([recent.id, convertedOld.id]));
    const items = await store.db.selectFrom('meeting_item').select('id').where('id', '=', item.id).execute();
    expect(items).toEqual([]);

    const events = await store.db
      .selectFrom('audit_event')
      .selectAll()
      .where('id', '>', Number(before.id))
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.subject_id).sort()).toEqual([old.id, older.id, item.candidate_id].sort());
    const event = events.find((e) => e.subject_id === old.id);
    expect(event).toMatchObject({
      actor_name: 'retention',
      actor_role: 'system',
      actor_user_id: null,
      purpose: 'retention',
      action: 'delete',
      subject_type: 'candidate',
      programme_id: old.programme_id,
      participant_id: null,
      decision: 'allow',
      reason: 'retention_expired',
      legal_basis: 'system_operation',
      details: { rule: 'candidate', handle: 'K-900', raisedAt: old.raised_at.toISOString() },
    });

    await store.sealer.flush();
    const chain = await verifyAuditChain(store.db);
    expect(chain.ok, JSON.stringify(chain.problem)).toBe(true);
    expect(chain.pending).toBe(0);
  });

  it('deletes nothing (and writes nothing) when no candidate is past the period', async () => {
    const before = await store.db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(await purged(90)).toBe(0);
    const after = await store.db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('runs at once when scheduled, and stops cleanly', async () => {
    const old = await raise('K-910', 30);
    const counts: number[] = [];
    const job = scheduleRetention(store, {
      candidateDays: 7,
      onRun: (r) => counts.push(r.removed.filter((i) => i.rule === 'candidate').length),
      onError: (e) => {
        throw e;
      },
    });
    await job.stop();
    // The demo seed's candidates were raised 7 days ago, so they are past a 7-day period too.
    expect(counts).toEqual([3]);
    expect(await remaining([old.id])).toEqual(new Set());
  });
});
