import type { Kysely } from 'kysely';
import type { AccessContext, Action, PolicyFn } from '../../domain/access.ts';
import { AppError } from '../../domain/app-error.ts';
import type { AgeBand, Role, WorkWish } from '../../domain/code-lists.ts';
import type { FieldError } from '../../domain/field-error.ts';
import { type AuditSink, writeAudit } from '../audit/writer.ts';
import type { Schema } from '../schema.ts';
import { authorise, Denial } from './guard.ts';

export interface Ref {
  id: string;
  name: string;
}

export interface Attendee {
  user: { id: string; displayName: string; role: Role; organisation: Ref };
  attended: boolean;
}

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

export type MeetingRow = NonNullable<Awaited<ReturnType<typeof meetingRow>>>;

function meetingRow(db: Kysely<Schema>, id: string, lock: boolean) {
  return db
    .selectFrom('team_meeting as m')
    .innerJoin('team as t', 't.id', 'm.team_id')
    .select(['m.id', 'm.programme_id', 'm.meeting_date', 'm.team_id', 't.name as team_name'])
    .where('m.id', '=', id)
    .$if(lock, (q) => q.forUpdate('m'))
    .executeTakeFirst();
}

/**
 * Loads a meeting and decides the action on its programme's cooperation, audited either way. An
 * unknown id is audited as a miss; another programme's meeting is refused by the policy.
 */
export async function openMeeting(
  db: Kysely<Schema>,
  sink: AuditSink,
  ctx: AccessContext,
  policy: PolicyFn,
  action: Extract<Action, 'read' | 'update'>,
  id: string,
  { lock = false } = {},
): Promise<MeetingRow | Denial> {
  const row = await meetingRow(db, id, lock);
  const programmeId = row?.programme_id ?? null;
  const target = { subjectType: 'team_meeting', subjectId: id, programmeId };
  if (!row) {
    await writeAudit(sink, ctx, [{ ...target, action, decision: 'deny', reason: 'not_found' }]);
    return new Denial('not_found', new AppError('not_found', `meeting ${id} not found`));
  }
  const decision = await authorise(sink, ctx, policy, { action, subject: { type: 'cooperation', programmeId } }, target);
  return decision.allow ? row : new Denial(decision.reason);
}

export async function attendeesOf(db: Kysely<Schema>, meetingId: string): Promise<Attendee[]> {
  const rows = await db
    .selectFrom('meeting_attendee as a')
    .innerJoin('app_user as u', 'u.id', 'a.user_id')
    .innerJoin('organisation as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.display_name', 'u.role', 'o.id as organisation_id', 'o.name as organisation_name', 'a.attended'])
    .where('a.meeting_id', '=', meetingId)
    .orderBy('u.display_name')
    .execute();
  return rows.map((r) => ({
    user: {
      id: r.id,
      displayName: r.display_name,
      role: r.role as Role,
      organisation: { id: r.organisation_id, name: r.organisation_name },
    },
    attended: r.attended,
  }));
}

/** The items of a meeting (or one of them), with what each is about; nothing is decided here. */
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

/** Attendees must be users of the programme (from any of its organisations), each listed once. */
export async function checkAttendees(
  db: Kysely<Schema>,
  programmeId: string,
  attendees: { userId: string }[],
  prefix: string,
) {
  const ids = [...new Set(attendees.map((a) => a.userId))];
  const known = ids.length
    ? await db
        .selectFrom('app_user')
        .select('id')
        .where('id', 'in', ids)
        .where('programme_id', '=', programmeId)
        .where('role', '!=', 'participant')
        .where('active', '=', true)
        .execute()
    : [];
  const knownIds = new Set(known.map((k) => k.id));
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  attendees.forEach((a, i) => {
    const path = `${prefix}${i}.userId`;
    if (!knownIds.has(a.userId)) errors.push({ path, message: `${path} is not a user of this programme` });
    else if (seen.has(a.userId)) errors.push({ path, message: `${path} is listed twice` });
    seen.add(a.userId);
  });
  if (errors.length > 0) throw AppError.validation(errors);
}
