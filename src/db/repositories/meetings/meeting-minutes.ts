import type { Kysely } from 'kysely';
import type { AgeBand, WorkWish } from '../../../domain/code-lists.ts';
import type { Caller } from '../../access/caller.ts';
import { decideEach } from '../../access/decide-each.ts';
import { participantWithFactsQuery, toFacts } from '../../access/participant-facts.ts';
import type { AuditSink } from '../../audit/writer.ts';
import type { Schema } from '../../schema.ts';
import type { Attendee, Ref } from './meeting-rows.ts';

export interface CandidateItem {
  id: string;
  ordinal: number;
  kind: 'candidate';
  candidate: { id: string; handle: string; ageBand: AgeBand; workWish: WorkWish; note: string | null };
  decision: string | null;
  followUp: string | null;
}

/** A participant discussed: names, decision and follow-up only for a viewer allowed team_discussion. */
export interface ParticipantItem {
  id: string;
  ordinal: number;
  kind: 'participant';
  handle: string | null;
  participant: { id: string; givenName: string; familyName: string } | null;
  decision: string | null;
  followUp: string | null;
  /** Why the rest is withheld from this viewer, or null when it is shown. */
  withheld: string | null;
}

export type MeetingItem = CandidateItem | ParticipantItem;

export interface Minutes {
  id: string;
  meetingDate: string;
  team: Ref;
  attendees: Attendee[];
  items: MeetingItem[];
}

/** The items of a meeting in order (narrow to one by i.id), with what each is about; nothing is decided here. */
export function itemRows(db: Kysely<Schema>, meetingId: string) {
  return db
    .selectFrom('meeting_item as i')
    .leftJoin('candidate as c', 'c.id', 'i.candidate_id')
    .leftJoin('participant as p', 'p.id', 'i.participant_id')
    .select([
      'i.id',
      'i.ordinal',
      'i.decision',
      'i.follow_up',
      'i.candidate_id',
      'c.handle as candidate_handle',
      'c.age_band',
      'c.work_wish',
      'c.note',
      'i.participant_id',
      'p.handle as participant_handle',
      'p.given_name',
      'p.family_name',
    ])
    .where('i.meeting_id', '=', meetingId)
    .orderBy('i.ordinal');
}

export type ItemRow = Awaited<ReturnType<ReturnType<typeof itemRows>['executeTakeFirstOrThrow']>>;

/** An item as one viewer sees it: withheld is the reason a participant item is not shown, or null. */
export function toItem(r: ItemRow, withheld: string | null): MeetingItem {
  const base = { id: r.id, ordinal: r.ordinal };
  if (r.candidate_id) {
    return {
      ...base,
      kind: 'candidate',
      candidate: {
        id: r.candidate_id,
        handle: r.candidate_handle ?? '',
        ageBand: r.age_band as AgeBand,
        workWish: r.work_wish as WorkWish,
        note: r.note,
      },
      decision: r.decision,
      followUp: r.follow_up,
    };
  }
  const shown = withheld === null;
  return {
    ...base,
    kind: 'participant',
    handle: r.participant_handle,
    participant:
      shown && r.participant_id
        ? { id: r.participant_id, givenName: r.given_name ?? '', familyName: r.family_name ?? '' }
        : null,
    decision: shown ? r.decision : null,
    followUp: shown ? r.follow_up : null,
    withheld,
  };
}

/** Decides each participant discussed for the viewer and audits each decision, shown or withheld. */
export async function decideItems(
  db: Kysely<Schema>,
  sink: AuditSink,
  caller: Caller,
  meetingId: string,
  rows: ItemRow[],
): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => (r.participant_id ? [r.participant_id] : [])))];
  if (ids.length === 0) return new Map();
  const subjects = await participantWithFactsQuery(db, caller.userId).where('p.id', 'in', ids).execute();
  const decided = await decideEach(sink, caller, subjects.map(toFacts), {
    category: 'team_discussion',
    auditAs: 'read',
    details: { category: 'team_discussion', view: 'meeting_minutes', meetingId },
    auditRefusals: true,
  });
  const withheld = new Map<string, string>();
  for (const r of rows) {
    const d = r.participant_id ? decided.get(r.participant_id) : undefined;
    if (d && !d.allow) withheld.set(r.id, d.reason);
  }
  return withheld;
}
