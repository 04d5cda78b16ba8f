import type { Transaction } from 'kysely';
import type { Caller } from '../../access/caller.ts';
import { caseworkWrite, rejectIf } from '../../access/casework-write.ts';
import { Denial, guarded, guardedRead } from '../../access/guard.ts';
import { lockParticipant } from '../../access/participant-facts.ts';
import { gateParticipant } from '../../access/participant-gate.ts';
import type { Schema } from '../../schema.ts';
import type { Store } from '../../store.ts';

export interface PlannedMeeting {
  id: string;
  startsAt: Date;
  place: string;
  reminder: { status: 'sent' | 'skipped' | 'failed'; reason: string | null } | null;
}

export interface Reminders {
  optedOut: boolean;
  meetings: PlannedMeeting[];
}

const ASK = { action: 'record_casework', category: 'job_plan', view: 'planned_meeting' } as const;

async function optedOut(db: Transaction<Schema> | Store['db'], participantId: string): Promise<boolean> {
  const row = await db
    .selectFrom('sms_preference')
    .select('opted_out')
    .where('participant_id', '=', participantId)
    .orderBy('recorded_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.opted_out ?? false;
}

/** Meetings planned with the participant, their SMS reminders and her choice about them. */
export class ReminderRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  get(participantId: string): Promise<Reminders> {
    return guardedRead(this.store, async (db, sink) => {
      const gate = await gateParticipant(db, sink, this.caller, 'read', participantId, {
        category: 'job_plan',
        details: { view: 'sms_reminders' },
      });
      if (gate instanceof Denial) return gate;
      const rows = await db
        .selectFrom('planned_meeting as m')
        .leftJoin('sms_reminder as r', 'r.meeting_id', 'm.id')
        .select(['m.id', 'm.starts_at', 'm.place', 'r.status', 'r.reason'])
        .where('m.participant_id', '=', participantId)
        .orderBy('m.starts_at', 'desc')
        .execute();
      return {
        optedOut: await optedOut(db, participantId),
        meetings: rows.map((r) => ({
          id: r.id,
          startsAt: r.starts_at,
          place: r.place,
          reminder: r.status ? { status: r.status as 'sent' | 'skipped' | 'failed', reason: r.reason } : null,
        })),
      };
    });
  }

  /** A meeting the job specialist has set up with her: what the SMS reminds her of. */
  plan(participantId: string, input: { startsAt: Date; place: string }): Promise<PlannedMeeting> {
    return caseworkWrite(this.store, this.caller, { participantId, ...ASK }, async ({ tx, userId }) => {
      rejectIf(
        input.startsAt <= new Date() ? [{ path: 'startsAt', message: 'startsAt must be in the future' }] : [],
      );
      const row = await tx
        .insertInto('planned_meeting')
        .values({
          participant_id: participantId,
          starts_at: input.startsAt,
          place: input.place,
          recorded_by: userId,
        })
        .returning(['id', 'starts_at', 'place'])
        .executeTakeFirstOrThrow();
      return { id: row.id, startsAt: row.starts_at, place: row.place, reminder: null };
    });
  }

  /** Her choice about SMS reminders: hers to set, or recorded for her by her job specialist. */
  setOptOut(participantId: string, optOut: boolean): Promise<Reminders> {
    const { actor } = this.caller;
    const own = actor.kind === 'user' && actor.participantId === participantId;
    return guarded(this.store, async (tx) => {
      await lockParticipant(tx, participantId);
      const gate = await gateParticipant(
        tx,
        tx,
        this.caller,
        own ? 'respond' : 'record_casework',
        participantId,
        {
          ...(own ? {} : { category: 'job_plan' }),
          details: { view: 'sms_preference', optedOut: optOut },
        },
      );
      if (gate instanceof Denial) return gate;
      await tx
        .insertInto('sms_preference')
        .values({ participant_id: participantId, opted_out: optOut, recorded_by: this.caller.userId })
        .execute();
      return { optedOut: optOut, meetings: [] };
    });
  }
}
