import { randomUUID } from 'node:crypto';
import { AppError } from '../../../domain/app-error.ts';
import { isRealDate } from '../../../domain/participant.ts';
import type { Caller } from '../../access/caller.ts';
import { type AuditTarget, authorise, Denial, guarded, guardedRead } from '../../access/guard.ts';
import type { AuditSink } from '../../audit/writer.ts';
import type { Db } from '../../database.ts';
import type { Store } from '../../store.ts';
import { requireActiveCodes } from '../code-lists/code-overrides.ts';

export interface Employment {
  id: string;
  user: { id: string; displayName: string };
  startDate: string;
  endDate: string | null;
  fte: number;
  endReason: string | null;
}

export interface NewEmployment {
  userId: string;
  startDate: string;
  fte: number;
}

export interface EmploymentEnd {
  endDate: string;
  endReason: string;
}

function employmentQuery(db: Db, programmeId: string) {
  return db
    .selectFrom('specialist_employment as e')
    .innerJoin('app_user as u', 'u.id', 'e.user_id')
    .select(['e.id', 'e.user_id', 'u.display_name', 'e.start_date', 'e.end_date', 'e.fte', 'e.end_reason'])
    .where('e.programme_id', '=', programmeId);
}

type EmploymentRow = Awaited<ReturnType<ReturnType<typeof employmentQuery>['executeTakeFirstOrThrow']>>;

function toEmployment(r: EmploymentRow): Employment {
  return {
    id: r.id,
    user: { id: r.user_id, displayName: r.display_name },
    startDate: r.start_date,
    endDate: r.end_date,
    fte: Number(r.fte),
    endReason: r.end_reason,
  };
}

function requireRealDate(value: string, path: string) {
  if (!isRealDate(value))
    throw AppError.validation([{ path, message: `${path} is not a real calendar date` }]);
}

/** Job specialists' employment in the programme (start, end, FTE): tenure and turnover. */
export class WorkforceRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  /** Every employment of the programme: current ones first, then the most recently ended. */
  list(): Promise<Employment[]> {
    return guardedRead(this.store, async (db, sink) => {
      const programmeId = await this.decide(sink, 'list', { subjectType: 'workforce' });
      if (programmeId instanceof Denial) return programmeId;
      const rows = await employmentQuery(db, programmeId)
        .orderBy('e.end_date', (ob) => ob.desc().nullsFirst())
        .orderBy('e.start_date', 'desc')
        .orderBy('u.display_name')
        .execute();
      return rows.map(toEmployment);
    });
  }

  create(input: NewEmployment): Promise<Employment> {
    requireRealDate(input.startDate, 'startDate');
    return guarded(this.store, async (tx) => {
      const id = randomUUID();
      const programmeId = await this.decide(tx, 'create', {
        subjectType: 'workforce',
        subjectId: id,
        details: { userId: input.userId, startDate: input.startDate, fte: input.fte },
      });
      if (programmeId instanceof Denial) return programmeId;
      await this.requireSpecialist(tx, programmeId, input.userId);
      const open = await tx
        .selectFrom('specialist_employment')
        .select('id')
        .where('user_id', '=', input.userId)
        .where('programme_id', '=', programmeId)
        .where('end_date', 'is', null)
        .executeTakeFirst();
      if (open)
        throw new AppError('conflict', 'this job specialist already has an open employment: end it first');
      await tx
        .insertInto('specialist_employment')
        .values({
          id,
          user_id: input.userId,
          programme_id: programmeId,
          start_date: input.startDate,
          fte: input.fte,
          recorded_by: this.caller.userId,
        })
        .execute();
      return toEmployment(
        await employmentQuery(tx, programmeId).where('e.id', '=', id).executeTakeFirstOrThrow(),
      );
    });
  }

  end(id: string, input: EmploymentEnd): Promise<Employment> {
    requireRealDate(input.endDate, 'endDate');
    return guarded(this.store, async (tx) => {
      const programmeId = await this.decide(tx, 'update', {
        subjectType: 'workforce',
        subjectId: id,
        details: { endDate: input.endDate, endReason: input.endReason },
      });
      if (programmeId instanceof Denial) return programmeId;
      const row = await employmentQuery(tx, programmeId)
        .where('e.id', '=', id)
        .forUpdate('e')
        .executeTakeFirst();
      if (!row) throw new AppError('not_found', `employment ${id} not found`);
      if (row.end_date !== null) throw new AppError('conflict', `employment ${id} has already ended`);
      if (input.endDate < row.start_date) {
        throw AppError.validation([
          { path: 'endDate', message: `endDate must not be before the start date ${row.start_date}` },
        ]);
      }
      await requireActiveCodes(tx, [
        { list: 'workforce_end_reasons', code: input.endReason, path: 'endReason' },
      ]);
      await tx
        .updateTable('specialist_employment')
        .set({ end_date: input.endDate, end_reason: input.endReason })
        .where('id', '=', id)
        .execute();
      return toEmployment({ ...row, end_date: input.endDate, end_reason: input.endReason });
    });
  }

  private async requireSpecialist(db: Db, programmeId: string, userId: string) {
    const user = await db
      .selectFrom('app_user')
      .select('id')
      .where('id', '=', userId)
      .where('programme_id', '=', programmeId)
      .where('role', '=', 'job_specialist')
      .executeTakeFirst();
    if (!user)
      throw AppError.validation([
        { path: 'userId', message: 'userId is not a job specialist of this programme' },
      ]);
  }

  /** Decides and audits one action on the programme's workforce: its programme, or a Denial. */
  private async decide(
    sink: AuditSink,
    action: 'list' | 'create' | 'update',
    target: AuditTarget,
  ): Promise<string | Denial> {
    const programmeId = this.caller.programmeId;
    const decision = await authorise(
      sink,
      this.caller,
      { action, subject: { type: 'workforce', programmeId } },
      { ...target, programmeId },
    );
    if (!decision.allow) return new Denial(decision.reason);
    return programmeId ?? new Denial('no_programme');
  }
}
