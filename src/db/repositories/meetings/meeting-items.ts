import type { Transaction } from 'kysely';
import { AppError } from '../../../domain/app-error.ts';
import type { Caller } from '../../access/caller.ts';
import { Denial, guarded } from '../../access/guard.ts';
import { gateParticipant } from '../../access/participant-gate.ts';
import type { Schema } from '../../schema.ts';
import type { Store } from '../../store.ts';
import { assertAnonymous } from '../candidates/candidate-rows.ts';
import { itemRows, type MeetingItem, toItem } from './meeting-minutes.ts';
import { type Attendee, attendeesOf, checkAttendees, type MeetingRow, openMeeting } from './meeting-rows.ts';

export type ItemSubject = { candidateId: string } | { participantId: string };

export interface ItemTexts {
  decision?: string | null;
  followUp?: string | null;
}

/** Changes to a meeting's minutes and attendance; each change is one audited transaction. */
export class MeetingItemRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  /**
   * Adds an item at the end of the minutes. Text about a candidate must not identify them; an item
   * about a participant needs 'update' on their team_discussion (decided and audited).
   */
  add(meetingId: string, about: ItemSubject, texts: ItemTexts): Promise<MeetingItem> {
    if ('candidateId' in about) assertAnonymous({ decision: texts.decision, followUp: texts.followUp });
    return guarded(this.store, async (tx) => {
      const meeting = await openMeeting(tx, tx, this.caller, 'update', meetingId, { lock: true });
      if (meeting instanceof Denial) return meeting;
      if ('candidateId' in about) await checkCandidate(tx, meeting, about.candidateId);
      else {
        const gate = await this.gate(tx, meetingId, about.participantId);
        if (gate instanceof Denial) return gate;
      }
      const last = await tx
        .selectFrom('meeting_item')
        .select((eb) => eb.fn.max('ordinal').as('n'))
        .where('meeting_id', '=', meetingId)
        .executeTakeFirst();
      const { id } = await tx
        .insertInto('meeting_item')
        .values({
          meeting_id: meetingId,
          ordinal: Number(last?.n ?? 0) + 1,
          candidate_id: 'candidateId' in about ? about.candidateId : null,
          participant_id: 'participantId' in about ? about.participantId : null,
          decision: texts.decision ?? null,
          follow_up: texts.followUp ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return toItem(await itemRows(tx, meetingId).where('i.id', '=', id).executeTakeFirstOrThrow(), null);
    });
  }

  /** Changes an item's decision or follow-up, under the same rules as adding it. */
  update(meetingId: string, itemId: string, texts: ItemTexts): Promise<MeetingItem> {
    if (texts.decision === undefined && texts.followUp === undefined) {
      throw AppError.validation([{ path: 'decision', message: 'decision or followUp must be given' }]);
    }
    return guarded(this.store, async (tx) => {
      const meeting = await openMeeting(tx, tx, this.caller, 'update', meetingId);
      if (meeting instanceof Denial) return meeting;
      const item = await tx
        .selectFrom('meeting_item')
        .select(['id', 'participant_id'])
        .where('id', '=', itemId)
        .where('meeting_id', '=', meetingId)
        .forUpdate()
        .executeTakeFirst();
      if (!item) throw new AppError('not_found', `item ${itemId} not found in meeting ${meetingId}`);
      if (item.participant_id) {
        const gate = await this.gate(tx, meetingId, item.participant_id);
        if (gate instanceof Denial) return gate;
      } else assertAnonymous({ decision: texts.decision, followUp: texts.followUp });
      await tx
        .updateTable('meeting_item')
        .set({ decision: texts.decision, follow_up: texts.followUp })
        .where('id', '=', itemId)
        .execute();
      return toItem(await itemRows(tx, meetingId).where('i.id', '=', itemId).executeTakeFirstOrThrow(), null);
    });
  }

  /** Replaces who was listed for the meeting and who came (organisation item 2 of the fidelity scale). */
  replaceAttendance(
    meetingId: string,
    attendees: { userId: string; attended: boolean }[],
  ): Promise<Attendee[]> {
    return guarded(this.store, async (tx) => {
      const meeting = await openMeeting(tx, tx, this.caller, 'update', meetingId, { lock: true });
      if (meeting instanceof Denial) return meeting;
      await checkAttendees(tx, meeting.programme_id, attendees, '');
      await tx.deleteFrom('meeting_attendee').where('meeting_id', '=', meetingId).execute();
      if (attendees.length > 0) {
        await tx
          .insertInto('meeting_attendee')
          .values(attendees.map((a) => ({ meeting_id: meetingId, user_id: a.userId, attended: a.attended })))
          .execute();
      }
      return attendeesOf(tx, meetingId);
    });
  }

  private gate(tx: Transaction<Schema>, meetingId: string, participantId: string) {
    return gateParticipant(tx, tx, this.caller, 'update', participantId, {
      category: 'team_discussion',
      details: { view: 'meeting_minutes', meetingId },
    });
  }
}

/** A candidate item is about an unconverted candidate of the meeting's programme. */
async function checkCandidate(tx: Transaction<Schema>, meeting: MeetingRow, candidateId: string) {
  const candidate = await tx
    .selectFrom('candidate')
    .select(['handle', 'converted_participant_id'])
    .where('id', '=', candidateId)
    .where('programme_id', '=', meeting.programme_id)
    .executeTakeFirst();
  if (!candidate) {
    throw AppError.validation([
      { path: 'candidateId', message: 'candidateId is not a candidate of this programme' },
    ]);
  }
  if (candidate.converted_participant_id) {
    throw new AppError(
      'conflict',
      `candidate ${candidate.handle} is now a participant: add the participant instead`,
    );
  }
}
