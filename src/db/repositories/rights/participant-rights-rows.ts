import type { Kysely } from 'kysely';
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
