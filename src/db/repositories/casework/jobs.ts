import type { Kysely, Transaction } from 'kysely';
import { AppError } from '../../../domain/app-error.ts';
import { CASEWORK_CATEGORY } from '../../../domain/casework-categories.ts';
import type { CaseworkSettings } from '../../../domain/casework-settings.ts';
import type { EmploymentType, Stage } from '../../../domain/code-lists.ts';
import { type PeriodStatus, periodStatusOn } from '../../../domain/dated-period.ts';
import {
  type ExistingJob,
  isCompetitive,
  isWageSubsidised,
  type JobInput,
  overlapsIdenticalJob,
  validateJob,
} from '../../../domain/employment.ts';
import type { FieldError } from '../../../domain/field-error.ts';
import type { Caller } from '../../access/caller.ts';
import { type CaseworkAsk, type CaseworkTx, caseworkWrite, rejectIf } from '../../access/casework-write.ts';
import type { Schema } from '../../schema.ts';
import type { Store } from '../../store.ts';
import { type CodeCheck, inactiveCodes, loadCodeOverrides } from '../code-lists/code-overrides.ts';
import { addJobExperience } from './career-profile.ts';
import { loadCaseworkSettings } from './casework-settings.ts';
import { recordStage } from './stages.ts';

export interface Job {
  id: string;
  employer: { id: string; name: string; orgNumber: string };
  title: string;
  occupation: string | null;
  employmentType: EmploymentType;
  wageType: string;
  hoursPerWeek: number;
  startDate: string;
  endDate: string | null;
  endReason: string | null;
  /** Counts as competitive employment under the programme's settings. */
  competitive: boolean;
  wageSubsidised: boolean;
  /** On the request's day: planned (not started), current, or ended. */
  status: PeriodStatus;
}

export interface NewJob {
  employerId: string;
  title: string;
  occupation?: string | null;
  employmentType: EmploymentType;
  wageType: string;
  hoursPerWeek: number;
  startDate: string;
  endDate?: string | null;
  endReason?: string | null;
}

/** What makes two jobs the same job: the employer and the title. */
interface JobIdentity {
  employerId: string;
  title: string;
}

export interface JobEnd {
  endDate: string;
  endReason: string;
  whatWorked?: string | null;
}

export interface RecordedJob {
  job: Job;
  /** No benefits plan is dated on or before the start: benefits counselling is due. */
  benefitsPlanMissing: boolean;
  stage: { current: Stage; since: string };
}

function jobQuery(db: Kysely<Schema>, participantId: string) {
  return db
    .selectFrom('job_current as j')
    .innerJoin('employer as e', 'e.id', 'j.employer_id')
    .select([
      'j.id',
      'j.employer_id',
      'e.name as employer_name',
      'e.org_number',
      'j.title',
      'j.occupation',
      'j.employment_type',
      'j.wage_type',
      'j.hours_per_week',
      'j.start_date',
      'j.end_date',
      'j.end_reason',
    ])
    .where('j.participant_id', '=', participantId)
    .orderBy('j.start_date', 'desc')
    .orderBy('j.recorded_at', 'desc');
}

type JobRow = Awaited<ReturnType<ReturnType<typeof jobQuery>['executeTakeFirstOrThrow']>>;

function toJob(r: JobRow, settings: CaseworkSettings, today: string): Job {
  const employmentType = r.employment_type as EmploymentType;
  const facts = { employmentType, hoursPerWeek: r.hours_per_week, wageType: r.wage_type };
  return {
    id: r.id,
    employer: { id: r.employer_id, name: r.employer_name, orgNumber: r.org_number },
    title: r.title,
    occupation: r.occupation,
    employmentType,
    wageType: r.wage_type,
    hoursPerWeek: r.hours_per_week,
    startDate: r.start_date,
    endDate: r.end_date,
    endReason: r.end_reason,
    competitive: isCompetitive(facts, settings),
    wageSubsidised: isWageSubsidised(employmentType),
    status: periodStatusOn(r.start_date, r.end_date, today),
  };
}

/** Every job the participant has held or will start, the newest start first, each as of `today`. */
export async function jobsOf(
  db: Kysely<Schema>,
  participantId: string,
  settings: CaseworkSettings,
  today: string,
) {
  return (await jobQuery(db, participantId).execute()).map((r) => toJob(r, settings, today));
}

async function jobOf(w: CaseworkTx, jobId: string, settings: CaseworkSettings) {
  const row = await jobQuery(w.tx, w.participant.id).where('j.id', '=', jobId).executeTakeFirst();
  if (!row) throw new AppError('not_found', `job ${jobId} not found for this participant`);
  return toJob(row, settings, w.today);
}

/**
 * The job rules; a job that only repeats one already recorded (same employer and title, dates
 * overlapping) is a conflict (409), naming startDate; any other broken rule is a 400.
 */
function rejectJob(errors: FieldError[], twin: ExistingJob | null) {
  if (twin && errors.length === 1) {
    throw new AppError('conflict', `an identical job from ${twin.startDate} is already recorded`, { errors });
  }
  rejectIf(errors);
}

/** Checks the coded fields given and the job rules against the participant's other jobs. */
export async function checkJob(
  w: CaseworkTx,
  input: JobInput & JobIdentity,
  codes: CodeCheck[],
  jobId?: string,
) {
  const existing = (await jobQuery(w.tx, w.participant.id).execute()).map((r) => ({
    id: r.id,
    employerId: r.employer_id,
    title: r.title,
    startDate: r.start_date,
    endDate: r.end_date,
  }));
  const context = {
    referralDate: w.participant.referral_date,
    today: w.today,
    existing,
    employerId: input.employerId,
    title: input.title,
    jobId,
  };
  const twin = overlapsIdenticalJob({ ...input, id: jobId }, existing);
  rejectJob([...inactiveCodes(codes, await loadCodeOverrides(w.tx)), ...validateJob(input, context)], twin);
}

export async function requireOwnEmployer(tx: Transaction<Schema>, programmeId: string, employerId: string) {
  const employer = await tx
    .selectFrom('employer')
    .select('id')
    .where('id', '=', employerId)
    .where('programme_id', '=', programmeId)
    .executeTakeFirst();
  rejectIf(
    employer ? [] : [{ path: 'employerId', message: 'employerId is not an employer of this programme' }],
  );
}

async function benefitsPlanMissing(tx: Transaction<Schema>, participantId: string, startDate: string) {
  const plan = await tx
    .selectFrom('benefits_plan')
    .select('id')
    .where('participant_id', '=', participantId)
    .where('plan_date', '<=', startDate)
    .limit(1)
    .executeTakeFirst();
  return plan === undefined;
}

/**
 * A competitive job that has started puts the participant in work (follow-along). A planned start
 * moves nothing yet: the stage would claim work not begun. The change is dated the start, or the
 * last stage change if that is later, so the stage history stays in order.
 */
async function followJobStart(w: CaseworkTx, job: Job): Promise<{ current: Stage; since: string }> {
  const { stage, stage_since: since } = w.participant;
  if (!job.competitive || stage === 'in_work' || stage === 'discharged' || job.status === 'planned') {
    return { current: stage as Stage, since };
  }
  const effectiveDate = job.startDate > since ? job.startDate : since;
  await recordStage(w.tx, w.participant.id, { stage: 'in_work', effectiveDate }, w.userId);
  return { current: 'in_work', since: effectiveDate };
}

function recording(participantId: string, view: string): CaseworkAsk {
  return { participantId, action: 'record_casework', category: CASEWORK_CATEGORY.job, view };
}

/** The participant's jobs, typed by employment type; only competitive work counts as a job start. */
export class JobRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  add(participantId: string, input: NewJob): Promise<RecordedJob> {
    return caseworkWrite(this.store, this.caller, recording(participantId, 'job'), async (w) => {
      const full = { ...input, endDate: input.endDate ?? null, endReason: input.endReason ?? null };
      await requireOwnEmployer(w.tx, w.participant.programme_id, input.employerId);
      await checkJob(w, full, [
        { list: 'wage_types', code: input.wageType, path: 'wageType' },
        { list: 'job_end_reasons', code: full.endReason, path: 'endReason' },
        { list: 'occupations', code: input.occupation, path: 'occupation' },
      ]);
      const { id } = await w.tx
        .insertInto('job')
        .values({
          participant_id: participantId,
          employer_id: input.employerId,
          title: input.title,
          occupation: input.occupation ?? null,
          employment_type: input.employmentType,
          wage_type: input.wageType,
          hours_per_week: input.hoursPerWeek,
          start_date: input.startDate,
          end_date: full.endDate,
          end_reason: full.endReason,
          recorded_by: w.userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const job = await jobOf(w, id, await loadCaseworkSettings(w.tx, w.participant.programme_id));
      return {
        job,
        benefitsPlanMissing: await benefitsPlanMissing(w.tx, participantId, job.startDate),
        stage: await followJobStart(w, job),
      };
    });
  }

  /** Ends a job and adds what was learnt to the career profile as a new version. */
  end(participantId: string, jobId: string, end: JobEnd): Promise<Job> {
    return caseworkWrite(this.store, this.caller, recording(participantId, 'job_end'), async (w) => {
      const settings = await loadCaseworkSettings(w.tx, w.participant.programme_id);
      const job = await jobOf(w, jobId, settings);
      if (job.endDate !== null)
        throw new AppError('conflict', `job ${jobId} already ended on ${job.endDate}`);
      const ended = { ...job, employerId: job.employer.id, endDate: end.endDate, endReason: end.endReason };
      const codes = [{ list: 'job_end_reasons', code: end.endReason, path: 'endReason' }] as const;
      await checkJob(w, ended, [...codes], jobId);
      await w.tx
        .updateTable('job')
        .set({ end_date: end.endDate, end_reason: end.endReason })
        .where('id', '=', jobId)
        .execute();
      const experience = {
        employer: job.employer.name,
        title: job.title,
        from: job.startDate,
        to: end.endDate,
        ...(end.whatWorked ? { whatWorked: end.whatWorked } : {}),
      };
      await addJobExperience(w.tx, participantId, experience, jobId, w.userId);
      return jobOf(w, jobId, settings);
    });
  }
}
