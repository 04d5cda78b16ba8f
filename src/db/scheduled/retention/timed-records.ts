import type { AccessContext } from '../../../domain/access.ts';
import { cutoffOf, type RetentionKind } from '../../../domain/retention.ts';
import { writeAudit } from '../../audit/writer.ts';
import type { Db } from '../../database.ts';

export const RETENTION: AccessContext = {
  actor: { kind: 'system', name: 'retention' },
  purpose: 'retention',
  requestId: null,
};

/** One removal (or, in a dry run, one that would be made). */
export interface RetentionItem {
  rule: RetentionKind;
  subjectType: string;
  subjectId: string;
  programmeId: string | null;
  /** What the period counted from (a day or a moment). */
  since: string;
}

/**
 * The anonymous candidates raised more than `days` ago and never converted. Removing them deletes
 * their meeting items by cascade; each deletion is one audit event. A candidate is anonymous, but
 * keeping it past its use is still not allowed.
 */
export async function candidatesDue(
  tx: Db,
  days: number,
  now: Date,
  remove: boolean,
): Promise<RetentionItem[]> {
  const cutoff = cutoffOf(days, now);
  const columns = ['id', 'programme_id', 'handle', 'raised_at'] as const;
  const rows = remove
    ? await tx
        .deleteFrom('candidate')
        .where('converted_participant_id', 'is', null)
        .where('raised_at', '<', cutoff)
        .returning(columns)
        .execute()
    : await tx
        .selectFrom('candidate')
        .select(columns)
        .where('converted_participant_id', 'is', null)
        .where('raised_at', '<', cutoff)
        .orderBy('raised_at')
        .execute();
  if (remove) {
    await writeAudit(
      tx,
      RETENTION,
      rows.map((c) => ({
        action: 'delete',
        subjectType: 'candidate',
        subjectId: c.id,
        programmeId: c.programme_id,
        decision: 'allow',
        reason: 'retention_expired',
        legalBasis: 'system_operation',
        details: { rule: 'candidate', handle: c.handle, raisedAt: c.raised_at.toISOString() },
      })),
    );
  }
  return rows.map((c) => ({
    rule: 'candidate',
    subjectType: 'candidate',
    subjectId: c.handle,
    programmeId: c.programme_id,
    since: c.raised_at.toISOString(),
  }));
}

/** Counts (and, unless a dry run, deletes) sessions expired and sign-in attempts past their period. */
export async function sweepTimed(
  tx: Db,
  rule: 'session' | 'login_attempt',
  days: number,
  now: Date,
  remove: boolean,
): Promise<number> {
  const cutoff = cutoffOf(days, now);
  const count = remove
    ? rule === 'session'
      ? (await tx.deleteFrom('user_session').where('expires_at', '<', cutoff).executeTakeFirst())
          .numDeletedRows
      : (await tx.deleteFrom('login_attempt').where('attempted_at', '<', cutoff).executeTakeFirst())
          .numDeletedRows
    : await countDue(tx, rule, cutoff);
  const n = Number(count);
  if (remove && n > 0) {
    await writeAudit(tx, RETENTION, [
      {
        action: 'delete',
        subjectType: rule,
        decision: 'allow',
        reason: 'retention_expired',
        legalBasis: 'system_operation',
        details: { rule, count: n, before: cutoff.toISOString() },
      },
    ]);
  }
  return n;
}

async function countDue(tx: Db, rule: 'session' | 'login_attempt', cutoff: Date): Promise<number> {
  const row =
    rule === 'session'
      ? await tx
          .selectFrom('user_session')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('expires_at', '<', cutoff)
          .executeTakeFirstOrThrow()
      : await tx
          .selectFrom('login_attempt')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('attempted_at', '<', cutoff)
          .executeTakeFirstOrThrow();
  return Number(row.n);
}
