import type { Kysely, Transaction } from 'kysely';
import type { Schema } from '../../schema.ts';

export interface MeetingItemAbout {
  meetingDate: string;
  team: string;
  /** Raised about the participant, or about the anonymous candidate they were before consent. */
  about: 'participant' | 'candidate';
  decision: string | null;
  followUp: string | null;
}

export interface CandidateOrigin {
  handle: string;
  ageBand: string;
  workWish: string;
  note: string | null;
  raisedAt: Date;
  convertedAt: Date | null;
}

export async function eraseContent(tx: Transaction<Schema>, id: string, erasedAt: Date) {
  await tx
    .updateTable('participant')
    .set({
      fnr: null,
      given_name: 'Slettet',
      family_name: 'Slettet',
      restriction_reason: null,
      erased_at: erasedAt,
      updated_at: erasedAt,
    })
    .where('id', '=', id)
    .execute();
  await tx.deleteFrom('case_note').where('participant_id', '=', id).execute();
  // A scanned form's file name often carries the person's name, so it goes with the content.
  await tx
    .updateTable('consent_attachment')
    .set({ content: null, filename: 'slettet' })
    .where('participant_id', '=', id)
    .execute();
  // Once converted, the candidate's note and the minutes about it are about this person too.
  const candidates = await tx
    .updateTable('candidate')
    .set({ note: null })
    .where('converted_participant_id', '=', id)
    .returning('id')
    .execute();
  const candidateIds = candidates.map((c) => c.id);
  await tx
    .updateTable('meeting_item')
    .set({ decision: null, follow_up: null })
    .where((eb) =>
      eb.or([
        eb('participant_id', '=', id),
        ...(candidateIds.length > 0 ? [eb('candidate_id', 'in', candidateIds)] : []),
      ]),
    )
    .execute();
  await tx.updateTable('app_user').set({ active: false }).where('participant_id', '=', id).execute();
}

export async function candidateOf(db: Kysely<Schema>, participantId: string) {
  const row = await db
    .selectFrom('candidate')
    .select(['id', 'handle', 'age_band', 'work_wish', 'note', 'raised_at', 'converted_at'])
    .where('converted_participant_id', '=', participantId)
    .executeTakeFirst();
  if (!row) return null;
  const origin: CandidateOrigin = {
    handle: row.handle,
    ageBand: row.age_band,
    workWish: row.work_wish,
    note: row.note,
    raisedAt: row.raised_at,
    convertedAt: row.converted_at,
  };
  return { id: row.id, origin };
}

export async function meetingItemsAbout(
  db: Kysely<Schema>,
  participantId: string,
  candidateId: string | null,
): Promise<MeetingItemAbout[]> {
  const rows = await db
    .selectFrom('meeting_item as i')
    .innerJoin('team_meeting as m', 'm.id', 'i.meeting_id')
    .innerJoin('team as t', 't.id', 'm.team_id')
    .select(['m.meeting_date', 't.name as team_name', 'i.participant_id', 'i.decision', 'i.follow_up'])
    .where((eb) =>
      eb.or([
        eb('i.participant_id', '=', participantId),
        ...(candidateId ? [eb('i.candidate_id', '=', candidateId)] : []),
      ]),
    )
    .orderBy('m.meeting_date')
    .orderBy('i.ordinal')
    .execute();
  return rows.map((r) => ({
    meetingDate: r.meeting_date,
    team: r.team_name,
    about: r.participant_id ? 'participant' : 'candidate',
    decision: r.decision,
    followUp: r.follow_up,
  }));
}
