import { randomUUID } from 'node:crypto';
import { AppError } from '../../../domain/app-error.ts';
import { isRealDate } from '../../../domain/participant.ts';
import type { Caller } from '../../access/caller.ts';
import { type AuditTarget, authorise, Denial, guarded, guardedRead } from '../../access/guard.ts';
import type { AuditSink } from '../../audit/writer.ts';
import type { Store } from '../../store.ts';
import { decideItems, itemRows, type Minutes, toItem } from './meeting-minutes.ts';
import { attendeesOf, checkAttendees, openMeeting, type Ref } from './meeting-rows.ts';

export interface NewMeeting {
  teamId: string;
  meetingDate: string;
  attendees: { userId: string; attended: boolean }[];
}

export interface MeetingSummary {
  id: string;
  meetingDate: string;
  team: Ref;
  attendees: { listed: number; attended: number };
}

export interface AttendanceLine {
  user: { id: string; displayName: string };
  meetings: number;
  attended: number;
}

/** The programme's weekly team meetings: who came, and the minutes, each item as the viewer may see it. */
export class MeetingRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  create(input: NewMeeting): Promise<Minutes> {
    if (!isRealDate(input.meetingDate)) {
      throw AppError.validation([
        { path: 'meetingDate', message: 'meetingDate is not a real calendar date' },
      ]);
    }
    return guarded(this.store, async (tx) => {
      const programmeId = this.caller.programmeId;
      const id = randomUUID();
      const decision = await this.decide(tx, 'create', { subjectType: 'team_meeting', subjectId: id });
      if (!decision.allow || !programmeId)
        return new Denial(decision.allow ? 'no_programme' : decision.reason);
      const team = await tx
        .selectFrom('team')
        .select(['id', 'name'])
        .where('id', '=', input.teamId)
        .where('programme_id', '=', programmeId)
        .executeTakeFirst();
      if (!team)
        throw AppError.validation([{ path: 'teamId', message: 'teamId is not a team of this programme' }]);
      await checkAttendees(tx, programmeId, input.attendees, 'attendees.');
      await tx
        .insertInto('team_meeting')
        .values({
          id,
          programme_id: programmeId,
          team_id: team.id,
          meeting_date: input.meetingDate,
          created_by: this.caller.userId,
        })
        .execute();
      if (input.attendees.length > 0) {
        await tx
          .insertInto('meeting_attendee')
          .values(input.attendees.map((a) => ({ meeting_id: id, user_id: a.userId, attended: a.attended })))
          .execute();
      }
      return { id, meetingDate: input.meetingDate, team, attendees: await attendeesOf(tx, id), items: [] };
    });
  }

  /** The programme's meetings, newest first, with how many were listed and how many came. */
  list(): Promise<MeetingSummary[]> {
    return guardedRead(this.store, async (db, sink) => {
      const programmeId = this.caller.programmeId;
      const decision = await this.decide(sink, 'list', { subjectType: 'team_meeting' });
      if (!decision.allow || !programmeId)
        return new Denial(decision.allow ? 'no_programme' : decision.reason);
      const rows = await db
        .selectFrom('team_meeting as m')
        .innerJoin('team as t', 't.id', 'm.team_id')
        .leftJoin('meeting_attendee as a', 'a.meeting_id', 'm.id')
        .select((eb) => [
          'm.id',
          'm.meeting_date',
          't.id as team_id',
          't.name as team_name',
          eb.fn.count<number>('a.user_id').as('listed'),
          eb.fn.count<number>('a.user_id').filterWhere('a.attended', '=', true).as('attended'),
        ])
        .where('m.programme_id', '=', programmeId)
        .groupBy(['m.id', 'm.meeting_date', 'm.created_at', 't.id', 't.name'])
        .orderBy('m.meeting_date', 'desc')
        .orderBy('m.created_at', 'desc')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        meetingDate: r.meeting_date,
        team: { id: r.team_id, name: r.team_name },
        attendees: { listed: Number(r.listed), attended: Number(r.attended) },
      }));
    });
  }

  /**
   * The minutes. Each participant item is decided for this viewer (read, team_discussion) and
   * audited on its own; without consent the viewer sees the handle and why the rest is withheld.
   */
  minutes(id: string): Promise<Minutes> {
    return guardedRead(this.store, async (db, sink) => {
      const meeting = await openMeeting(db, sink, this.caller, 'read', id);
      if (meeting instanceof Denial) return meeting;
      const rows = await itemRows(db, id).execute();
      const withheld = await decideItems(db, sink, this.caller, id, rows);
      return {
        id,
        meetingDate: meeting.meeting_date,
        team: { id: meeting.team_id, name: meeting.team_name },
        attendees: await attendeesOf(db, id),
        items: rows.map((r) => toItem(r, withheld.get(r.id) ?? null)),
      };
    });
  }

  /** Per job specialist of the programme: meetings in the period they were listed for, and attended. */
  attendance(from: string, to: string): Promise<AttendanceLine[]> {
    return guardedRead(this.store, async (db, sink) => {
      const programmeId = this.caller.programmeId;
      const decision = await this.decide(sink, 'read', {
        subjectType: 'meeting_attendance',
        details: { from, to },
      });
      if (!decision.allow || !programmeId)
        return new Denial(decision.allow ? 'no_programme' : decision.reason);
      const rows = await db
        .selectFrom('app_user as u')
        .select((eb) => {
          const listed = () =>
            eb
              .selectFrom('meeting_attendee as a')
              .innerJoin('team_meeting as m', 'm.id', 'a.meeting_id')
              .select((m) => m.fn.countAll<number>().as('n'))
              .whereRef('a.user_id', '=', 'u.id')
              .where('m.programme_id', '=', programmeId)
              .where('m.meeting_date', '>=', from)
              .where('m.meeting_date', '<=', to);
          return [
            'u.id',
            'u.display_name',
            listed().as('meetings'),
            listed().where('a.attended', '=', true).as('attended'),
          ];
        })
        .where('u.programme_id', '=', programmeId)
        .where('u.role', '=', 'job_specialist')
        .where('u.active', '=', true)
        .orderBy('u.display_name')
        .execute();
      return rows.map((r) => ({
        user: { id: r.id, displayName: r.display_name },
        meetings: Number(r.meetings ?? 0),
        attended: Number(r.attended ?? 0),
      }));
    });
  }

  private decide(sink: AuditSink, action: 'create' | 'list' | 'read', target: AuditTarget) {
    const programmeId = this.caller.programmeId;
    return authorise(
      sink,
      this.caller,
      { action, subject: { type: 'cooperation', programmeId } },
      { ...target, programmeId },
    );
  }
}
