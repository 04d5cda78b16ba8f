import { AppError } from '../../../domain/app-error.ts';
import type { Caller } from '../../access/caller.ts';
import { authorise, Denial, guarded, guardedRead } from '../../access/guard.ts';
import { gateParticipant } from '../../access/participant-gate.ts';
import type { Store } from '../../store.ts';

export interface BreakGlassAccess {
  id: string;
  participant: { id: string; handle: string | null };
  user: { id: string; displayName: string };
  reason: string;
  openedAt: Date;
  expiresAt: Date;
  reviewedAt: Date | null;
  reviewedBy: string | null;
  reviewNote: string | null;
}

/**
 * Break-the-glass: a supervisor opens a record outside the policy for a limited time, with a typed
 * reason. Every such access is flagged in the audit log and listed for the programme lead's review.
 */
export class BreakGlassRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  open(participantId: string, reason: string, minutes: number): Promise<{ id: string; expiresAt: Date }> {
    return guarded(this.store, async (tx) => {
      const now = new Date();
      const gate = await gateParticipant(tx, tx, this.caller, 'break_glass', participantId, {
        details: { reason, minutes },
        now,
      });
      if (gate instanceof Denial) return gate;
      const userId = this.caller.userId;
      return tx
        .insertInto('break_glass')
        .values({
          participant_id: participantId,
          user_id: userId,
          programme_id: gate.row.programme_id,
          reason,
          opened_at: now,
          expires_at: new Date(now.getTime() + minutes * 60_000),
        })
        .returning(['id', 'expires_at as expiresAt'])
        .executeTakeFirstOrThrow();
    });
  }

  list(status: 'unreviewed' | 'all'): Promise<BreakGlassAccess[]> {
    return guardedRead(this.store, async (db, sink) => {
      const programmeId = this.caller.programmeId;
      const decision = await authorise(
        sink,
        this.caller,
        { action: 'manage', subject: { type: 'programme', programmeId: programmeId ?? '' } },
        { subjectType: 'break_glass_review', programmeId },
      );
      if (!decision.allow || !programmeId)
        return new Denial(decision.allow ? 'no_programme' : decision.reason);
      const rows = await db
        .selectFrom('break_glass as b')
        .innerJoin('participant as p', 'p.id', 'b.participant_id')
        .innerJoin('app_user as u', 'u.id', 'b.user_id')
        .leftJoin('app_user as r', 'r.id', 'b.reviewed_by')
        .select([
          'b.id',
          'b.participant_id',
          'p.handle',
          'b.user_id',
          'u.display_name',
          'b.reason',
          'b.opened_at',
          'b.expires_at',
          'b.reviewed_at',
          'r.display_name as reviewer',
          'b.review_note',
        ])
        .where('b.programme_id', '=', programmeId)
        .$if(status === 'unreviewed', (q) => q.where('b.reviewed_at', 'is', null))
        .orderBy('b.opened_at', 'desc')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        participant: { id: r.participant_id, handle: r.handle },
        user: { id: r.user_id, displayName: r.display_name },
        reason: r.reason,
        openedAt: r.opened_at,
        expiresAt: r.expires_at,
        reviewedAt: r.reviewed_at,
        reviewedBy: r.reviewer,
        reviewNote: r.review_note,
      }));
    });
  }

  review(id: string, note: string | null): Promise<void> {
    return guarded(this.store, async (tx) => {
      const programmeId = this.caller.programmeId;
      const row = programmeId
        ? await tx
            .selectFrom('break_glass')
            .select(['participant_id', 'reviewed_at'])
            .where('id', '=', id)
            .where('programme_id', '=', programmeId)
            .forUpdate()
            .executeTakeFirst()
        : undefined;
      const decision = await authorise(
        tx,
        this.caller,
        { action: 'manage', subject: { type: 'programme', programmeId: programmeId ?? '' } },
        {
          subjectType: 'break_glass',
          subjectId: id,
          participantId: row?.participant_id ?? null,
          programmeId,
          details: { review: true },
        },
      );
      if (!decision.allow) return new Denial(decision.reason);
      if (!row) throw new AppError('not_found', `break-the-glass access ${id} not found`);
      if (row.reviewed_at) throw new AppError('conflict', 'this access has already been reviewed');
      await tx
        .updateTable('break_glass')
        .set({ reviewed_by: this.caller.userId, reviewed_at: new Date(), review_note: note })
        .where('id', '=', id)
        .execute();
    });
  }
}
