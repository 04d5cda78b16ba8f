import { randomUUID } from 'node:crypto';
import type { Decision } from '../../../domain/access.ts';
import { communityShare, dayLimitProblem, minutesByPlace } from '../../../domain/activity.ts';
import { AppError } from '../../../domain/app-error.ts';
import type { ActivityPlace } from '../../../domain/code-lists.ts';
import { voidedEntryConflict } from '../../../domain/corrections.ts';
import { isRealDate, osloToday } from '../../../domain/participant.ts';
import type { Caller } from '../../access/caller.ts';
import { authorise, Denial, guarded, guardedRead } from '../../access/guard.ts';
import { type AuditAction, type AuditSink, writeAudit } from '../../audit/writer.ts';
import type { Db } from '../../database.ts';
import type { Store } from '../../store.ts';
import { loadSpecialist } from '../caseload/specialist-work.ts';
import { loadCaseworkSettings } from '../casework/casework-settings.ts';
import { requireActiveCodes } from '../code-lists/code-overrides.ts';
import { type ActivityCorrectionInput, addVersion, voidedEntryOwner } from './activity-corrections.ts';
import { type NewActivityEntry, sameEntry } from './activity-entry.ts';
import { type IsoWeek, isoWeeksBetween, weekStartOf } from './iso-weeks.ts';

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

function checkEntryDate(entryDate: string) {
  if (!isRealDate(entryDate) || entryDate > osloToday())
    throw AppError.validation([
      { path: 'entryDate', message: 'entryDate must be a real calendar date, not in the future' },
    ]);
}

/** An entry as it now stands, with whose log it is in; null once voided or if there is none. */
function currentRow(db: Db, entryId: string) {
  return entriesQuery(db).select(['user_id', 'programme_id']).where('id', '=', entryId).executeTakeFirst();
}

type CurrentRow = NonNullable<Awaited<ReturnType<typeof currentRow>>>;

function workOf(owner: Pick<CurrentRow, 'user_id' | 'programme_id'>) {
  return { type: 'specialist_work' as const, programmeId: owner.programme_id, specialistId: owner.user_id };
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
      checkEntryDate(input.entryDate);
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
      const row = await this.decideOn(tx, entryId, 'manage', 'delete', (r) => ({
        entryDate: r.entry_date,
        minutes: r.minutes,
      }));
      if (row instanceof Denial) return row;
      await tx.deleteFrom('activity_entry').where('id', '=', entryId).execute();
    });
  }

  /**
   * Corrects or voids one of the caller's own entries, with a reason: a new version in
   * record_correction, the original kept. Returns the entry as it now stands (null once voided).
   */
  correct(entryId: string, input: ActivityCorrectionInput): Promise<ActivityEntry | null> {
    return guarded(this.store, async (tx) => {
      const row = await this.decideOn(tx, entryId, 'correct', 'update', () => ({
        kind: input.kind,
        reason: input.reason,
      }));
      if (row instanceof Denial) return row;
      const after = input.kind === 'correct' ? await this.corrected(tx, row, input.values ?? {}) : null;
      await addVersion(tx, {
        entryId,
        programmeId: row.programme_id,
        userId: this.caller.userId,
        input,
        after,
      });
      if (!after) return null;
      return toEntry(await entriesQuery(tx).where('id', '=', entryId).executeTakeFirstOrThrow());
    });
  }

  /** An entry as it stands, decided and audited: whose log it is in settles who may change it. */
  private async decideOn(
    tx: Db,
    entryId: string,
    action: 'manage' | 'correct',
    audited: AuditAction,
    details: (row: CurrentRow) => Record<string, unknown>,
  ): Promise<CurrentRow | Denial> {
    const row = await currentRow(tx, entryId);
    const owner = row ?? (await voidedEntryOwner(tx, entryId));
    if (!owner) throw new AppError('not_found', `activity entry ${entryId} not found`);
    const decision = this.caller.ask({ action, subject: workOf(owner) }, new Date());
    await this.record(
      tx,
      audited,
      decision,
      entryId,
      owner.programme_id,
      row ? details(row) : { voided: true },
    );
    if (!decision.allow) return new Denial(decision.reason);
    // Decided first, so only who may change the entry learns it was voided.
    if (!row) throw voidedEntryConflict('activity', entryId);
    return row;
  }

  /** The entry as it will stand, checked by the rules it was logged under. */
  private async corrected(tx: Db, row: CurrentRow, values: Partial<NewActivityEntry>) {
    const before = toEntry(row);
    const after: NewActivityEntry = { ...before, ...values };
    if (sameEntry(before, after))
      throw AppError.validation([{ path: 'values', message: 'values change nothing in the entry' }]);
    checkEntryDate(after.entryDate);
    if (after.activity !== before.activity)
      await requireActiveCodes(tx, [{ list: 'activity_kinds', code: after.activity, path: 'activity' }]);
    await this.checkDayLimit(tx, row.user_id, after, row.id);
    return after;
  }

  /**
   * The day's total may not pass 24 hours. The caller's row is locked first so two entries saved at
   * once for the same day cannot both pass the check.
   */
  private async checkDayLimit(tx: Db, userId: string, input: NewActivityEntry, correctedId?: string) {
    await tx.selectFrom('app_user').select('id').where('id', '=', userId).forUpdate().execute();
    const { total } = await tx
      .selectFrom('activity_entry_current')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('minutes'), eb.lit(0)).as('total'))
      .where('user_id', '=', userId)
      .where('entry_date', '=', input.entryDate)
      .$if(correctedId !== undefined, (q) => q.where('id', '!=', correctedId as string))
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
