import type { Transaction } from 'kysely';
import type { Schema } from '../schema.ts';
import { addDays, at } from './demo-casework-support.ts';

/** A job specialist's time in the programme, and who did the work on their caseload before them. */
export interface Tenure {
  userId: string;
  username: string;
  start: string;
  end: string | null;
  /** Days into July the specialist's three weeks of summer holiday start (staggered). */
  summerOffset: number;
  /** Whose participants they took over when they started. */
  predecessorId: string | null;
}

/** Tor left in the spring; Sara started two weeks before and took over his caseload. */
const FORMER = { username: 'tor.tidligere', displayName: 'Tor Mikalsen' };

const PLAN = [
  { username: 'kari.jobb', startDaysAgo: 1480, endDaysAgo: null, fte: 1, summerOffset: 0 },
  { username: 'jonas.jobb', startDaysAgo: 905, endDaysAgo: null, fte: 1, summerOffset: 7 },
  { username: FORMER.username, startDaysAgo: 1210, endDaysAgo: 225, fte: 1, summerOffset: 0 },
  { username: 'sara.jobb', startDaysAgo: 240, endDaysAgo: null, fte: 0.8, summerOffset: 14 },
] as const;

/**
 * Adds the former job specialist (inactive, cannot sign in) and every job specialist's employment:
 * one long-serving pair, one who left earlier this year and the one who replaced him.
 */
export async function seedWorkforce(
  tx: Transaction<Schema>,
  s: {
    programmeId: string;
    userIds: Record<string, string>;
    orgId: string;
    passwordHash: string;
    today: string;
  },
): Promise<Tenure[]> {
  const former = await tx
    .insertInto('app_user')
    .values({
      username: FORMER.username,
      display_name: FORMER.displayName,
      password_hash: s.passwordHash,
      role: 'job_specialist',
      organisation_id: s.orgId,
      programme_id: s.programmeId,
      active: false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const ids: Record<string, string> = { ...s.userIds, [FORMER.username]: former.id };
  const manager = ids['lena.leder'] as string;
  const rows = PLAN.map((p) => ({
    user_id: ids[p.username] as string,
    programme_id: s.programmeId,
    start_date: addDays(s.today, -p.startDaysAgo),
    end_date: p.endDaysAgo === null ? null : addDays(s.today, -p.endDaysAgo),
    fte: p.fte,
    end_reason: p.endDaysAgo === null ? null : 'new_job_elsewhere',
    recorded_by: manager,
    recorded_at: at(addDays(s.today, -(p.endDaysAgo ?? p.startDaysAgo))),
  }));
  await tx.insertInto('specialist_employment').values(rows).execute();
  return PLAN.map((p, k) => ({
    userId: rows[k]?.user_id as string,
    username: p.username,
    start: rows[k]?.start_date as string,
    end: rows[k]?.end_date ?? null,
    summerOffset: p.summerOffset,
    predecessorId: p.username === 'sara.jobb' ? former.id : null,
  }));
}

/** Whoever did the work for `specialistId`'s caseload on `date`: them, or the one they replaced. */
export function recorderOn(tenures: readonly Tenure[], specialistId: string, date: string): string {
  const t = tenures.find((x) => x.userId === specialistId);
  return t && date < t.start && t.predecessorId ? t.predecessorId : specialistId;
}

/** Whether the specialist works on `date`: employed, and not on summer holiday (three weeks in July). */
export function atWork(t: Tenure, date: string): boolean {
  if (date < t.start || (t.end !== null && date > t.end)) return false;
  const day = Number(date.slice(8, 10));
  return !(date.slice(5, 7) === '07' && day > t.summerOffset && day <= t.summerOffset + 21);
}
