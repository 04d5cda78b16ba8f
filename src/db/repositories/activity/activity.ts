import { randomUUID } from 'node:crypto';
import type { Decision } from '../../../domain/access.ts';
import { communityShare, dayLimitProblem, minutesByPlace } from '../../../domain/activity.ts';
import { AppError } from '../../../domain/app-error.ts';
import type { ActivityPlace } from '../../../domain/code-lists.ts';
import { isRealDate, osloToday } from '../../../domain/participant.ts';
import type { Caller } from '../../access/caller.ts';
import { authorise, Denial, guarded, guardedRead } from '../../access/guard.ts';
import { type AuditAction, type AuditSink, writeAudit } from '../../audit/writer.ts';
import type { Db } from '../../database.ts';
import type { Store } from '../../store.ts';
import { loadSpecialist } from '../caseload/specialist-work.ts';
import { loadCaseworkSettings } from '../casework/casework-settings.ts';
import { requireActiveCodes } from '../code-lists/code-overrides.ts';
import { type IsoWeek, isoWeeksBetween, weekStartOf } from './iso-weeks.ts';

export interface NewActivityEntry {
  entryDate: string;
  place: ActivityPlace;
  activity: string;
  minutes: number;
  note?: string | null;
}

export interface ActivityEntry extends Required<NewActivityEntry> {
  id: string;
  recordedAt: Date;
}

export interface PlaceSummary {
  minutesByPlace: Record<ActivityPlace, number>;
  /** Community minutes ÷ working minutes (0–1), or null when nothing was logged. */
  communityShare: number | null;
}

export interface ActivityLog {
  specialist: { id: string; displayName: string };
  from: string;
  to: string;
  entries: ActivityEntry[];
  summary: PlaceSummary & { guideline: { min: number; max: number }; anchor: number };
  weeks: (IsoWeek & PlaceSummary)[];
}

/** The default period of the log: the last four weeks, today included. */
const DEFAULT_DAYS = 28;

function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

function entriesQuery(db: Db) {
  return db
    .selectFrom('activity_entry_current')
    .select(['id', 'entry_date', 'place', 'activity', 'minutes', 'note', 'recorded_at'])
    .select(weekStartOf('entry_date').as('week_start'));
}

type EntryRow = Awaited<ReturnType<ReturnType<typeof entriesQuery>['executeTakeFirstOrThrow']>>;

function toEntry(r: EntryRow): ActivityEntry {
  return {
    id: r.id,
    entryDate: r.entry_date,
    place: r.place as ActivityPlace,
    activity: r.activity,
    minutes: r.minutes,
    note: r.note,
    recordedAt: r.recorded_at,
  };
}

function summarise(entries: readonly ActivityEntry[]): PlaceSummary {
  return { minutesByPlace: minutesByPlace(entries), communityShare: communityShare(entries) };
}

function checkPeriod(from: string, to: string) {
  for (const [path, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isRealDate(value))
      throw AppError.validation([{ path, message: `${path} is not a real calendar date` }]);
  }
  if (from > to) throw AppError.validation([{ path: 'from', message: 'from must not be after to' }]);
}

/**
 * The job specialist's own log of working time by place and activity: the community share of
 * fidelity services item 13. Each specialist writes only their own; the supervisor reads all.
 */
export class ActivityRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  create(input: NewActivityEntry): Promise<ActivityEntry> {
    return guarded(this.store, async (tx) => {
      const id = randomUUID();
      const userId = this.caller.userId;
      const programmeId = this.caller.programmeId;
      const subject = { type: 'specialist_work' as const, programmeId, specialistId: userId };
      const decision = this.caller.ask({ action: 'create', subject }, new Date());
      await this.record(tx, 'create', decision, id, programmeId, {
        entryDate: input.entryDate,
        place: input.place,
        activity: input.activity,
        minutes: input.minutes,
      });
      if (!decision.allow || !programmeId)
        return new Denial(decision.allow ? 'no_programme' : decision.reason);
      if (!isRealDate(input.entryDate) || input.entryDate > osloToday()) {
        throw AppError.validation([
          { path: 'entryDate', message: 'entryDate must be a real calendar date, not in the future' },
        ]);
      }
      await requireActiveCodes(tx, [{ list: 'activity_kinds', code: input.activity, path: 'activity' }]);
      await this.checkDayLimit(tx, userId, input);
      await tx
        .insertInto('activity_entry')
        .values({
          id,
          user_id: userId,
          programme_id: programmeId,
          entry_date: input.entryDate,
          place: input.place,
          activity: input.activity,
          minutes: input.minutes,
          note: input.note ?? null,
        })
        .execute();
      return toEntry(await entriesQuery(tx).where('id', '=', id).executeTakeFirstOrThrow());
    });
  }

  /** The log of one specialist (the caller by default) over a period (by default the last 28 days). */
  list(query: { specialistId?: string; from?: string; to?: string }): Promise<ActivityLog> {
    const to = query.to ?? osloToday();
    const from = query.from ?? daysBefore(to, DEFAULT_DAYS - 1);
    checkPeriod(from, to);
    return guardedRead(this.store, async (db, sink) => {
      const specialist = await loadSpecialist(db, this.caller, query.specialistId);
      const decision = await authorise(
        sink,
        this.caller,
        {
          action: 'read',
          subject: {
            type: 'specialist_work',
            programmeId: specialist.programmeId,
            specialistId: specialist.id,
          },
        },
        {
          subjectType: 'activity_log',
          subjectId: specialist.id,
          programmeId: specialist.programmeId,
          details: { from, to },
        },
      );
      if (!decision.allow) return new Denial(decision.reason);
      const rows = await entriesQuery(db)
        .where('user_id', '=', specialist.id)
        .where('entry_date', '>=', from)
        .where('entry_date', '<=', to)
        .orderBy('entry_date', 'desc')
        .orderBy('recorded_at', 'desc')
        .execute();
      const settings = await loadCaseworkSettings(db, specialist.programmeId);
      const entries = rows.map(toEntry);
      const weeks = (await isoWeeksBetween(db, from, to)).map((w) => ({
        ...w,
        ...summarise(rows.filter((r) => r.week_start === w.start).map(toEntry)),
      }));
      return {
        specialist: { id: specialist.id, displayName: specialist.displayName },
        from,
        to,
        entries,
        summary: {
          ...summarise(entries),
          guideline: {
            min: settings.communityShareGuidelineMin / 100,
            max: settings.communityShareGuidelineMax / 100,
          },
          anchor: settings.communityShareAnchor / 100,
        },
        weeks,
      };
    });
  }

  /** Removes one of the caller's own entries (a quick correction). */
  delete(entryId: string): Promise<void> {
    return guarded(this.store, async (tx) => {
      const row = await tx
        .selectFrom('activity_entry_current')
        .select(['user_id', 'programme_id', 'entry_date', 'minutes'])
        .where('id', '=', entryId)
        .executeTakeFirst();
      if (!row) throw new AppError('not_found', `activity entry ${entryId} not found`);
      const subject = {
        type: 'specialist_work' as const,
        programmeId: row.programme_id,
        specialistId: row.user_id,
      };
      const decision = this.caller.ask({ action: 'manage', subject }, new Date());
      await this.record(tx, 'delete', decision, entryId, row.programme_id, {
        entryDate: row.entry_date,
        minutes: row.minutes,
      });
      if (!decision.allow) return new Denial(decision.reason);
      await tx.deleteFrom('activity_entry').where('id', '=', entryId).execute();
    });
  }

  /**
   * The day's total may not pass 24 hours. The caller's row is locked first so two entries saved at
   * once for the same day cannot both pass the check.
   */
  private async checkDayLimit(tx: Db, userId: string, input: NewActivityEntry) {
    await tx.selectFrom('app_user').select('id').where('id', '=', userId).forUpdate().execute();
    const { total } = await tx
      .selectFrom('activity_entry_current')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('minutes'), eb.lit(0)).as('total'))
      .where('user_id', '=', userId)
      .where('entry_date', '=', input.entryDate)
      .executeTakeFirstOrThrow();
    const problem = dayLimitProblem(Number(total), input.minutes, input.entryDate);
    if (problem) throw AppError.validation([{ path: 'minutes', message: problem }]);
  }

  private record(
    sink: AuditSink,
    action: AuditAction,
    decision: Decision,
    id: string,
    programmeId: string | null,
    details: Record<string, unknown>,
  ) {
    return writeAudit(sink, this.caller, [
      {
        action,
        subjectType: 'activity_entry',
        subjectId: id,
        programmeId,
        decision: decision.allow ? 'allow' : 'deny',
        reason: decision.reason,
        legalBasis: decision.allow ? decision.legalBasis : null,
        details,
      },
    ]);
  }
}
