import type { Kysely } from 'kysely';
import type { Action } from '../../../domain/access.ts';
import { AppError } from '../../../domain/app-error.ts';
import type { Role } from '../../../domain/code-lists.ts';
import type { FieldError } from '../../../domain/field-error.ts';
import type { Caller } from '../../access/caller.ts';
import { authorise, Denial } from '../../access/guard.ts';
import { type AuditSink, writeAudit } from '../../audit/writer.ts';
import type { Schema } from '../../schema.ts';

export interface Ref {
  id: string;
  name: string;
}

export interface Attendee {
  user: { id: string; displayName: string; role: Role; organisation: Ref };
  attended: boolean;
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
  caller: Caller,
  action: Extract<Action, 'read' | 'update'>,
  id: string,
  { lock = false } = {},
): Promise<MeetingRow | Denial> {
  const row = await meetingRow(db, id, lock);
  const programmeId = row?.programme_id ?? null;
  const target = { subjectType: 'team_meeting', subjectId: id, programmeId };
  if (!row) {
    await writeAudit(sink, caller, [{ ...target, action, decision: 'deny', reason: 'not_found' }]);
    return new Denial('not_found', new AppError('not_found', `meeting ${id} not found`));
  }
  const decision = await authorise(
    sink,
    caller,
    { action, subject: { type: 'cooperation', programmeId } },
    target,
  );
  return decision.allow ? row : new Denial(decision.reason);
}

export async function attendeesOf(db: Kysely<Schema>, meetingId: string): Promise<Attendee[]> {
  const rows = await db
    .selectFrom('meeting_attendee as a')
    .innerJoin('app_user as u', 'u.id', 'a.user_id')
    .innerJoin('organisation as o', 'o.id', 'u.organisation_id')
    .select([
      'u.id',
      'u.display_name',
      'u.role',
      'o.id as organisation_id',
      'o.name as organisation_name',
      'a.attended',
    ])
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
