import type { CaseworkSettings } from './casework-settings.ts';
import type { EmploymentType } from './code-lists.ts';
import type { FieldError } from './field-error.ts';

/**
 * What decides whether a job is competitive. IPS counts only ordinary work anyone could apply for, at
 * an ordinary wage, in a post the employer owns. Wage subsidy (lønnstilskudd) still counts but is
 * flagged; work practice, sheltered work (VTA) and volunteering never count. Education is stored as
 * an outcome (IPS ung) but is not a job start.
 */
export interface JobFacts {
  employmentType: EmploymentType;
  hoursPerWeek: number;
  wageType: string;
  startDate: string;
  endDate: string | null;
}

/** A planned start may be recorded ahead of time, but not further ahead than this. */
export const MAX_PLANNED_START_DAYS = 60;
export const MAX_HOURS_PER_WEEK = 75;

const COMPETITIVE_TYPES: readonly EmploymentType[] = ['ordinary_competitive', 'competitive_wage_subsidy'];

export function isCompetitiveType(t: EmploymentType): boolean {
  return COMPETITIVE_TYPES.includes(t);
}

export function isWageSubsidised(t: EmploymentType): boolean {
  return t === 'competitive_wage_subsidy';
}

/** Competitive type, paid, and enough hours (IPS Grow: 4 paid hours a week, a programme setting). */
export function isCompetitive(
  job: Pick<JobFacts, 'employmentType' | 'hoursPerWeek' | 'wageType'>,
  settings: Pick<CaseworkSettings, 'competitiveMinHoursPerWeek'>,
): boolean {
  return (
    isCompetitiveType(job.employmentType) &&
    job.wageType !== 'unpaid' &&
    job.hoursPerWeek >= settings.competitiveMinHoursPerWeek
  );
}

export function countsAsJobStart(
  job: Pick<JobFacts, 'employmentType' | 'hoursPerWeek' | 'wageType'>,
  settings: Pick<CaseworkSettings, 'competitiveMinHoursPerWeek'>,
): boolean {
  return isCompetitive(job, settings);
}

/** The earliest job that counts as a job start, or null when none does. */
export function firstJobStart<J extends JobFacts>(
  jobs: readonly J[],
  settings: Pick<CaseworkSettings, 'competitiveMinHoursPerWeek'>,
): J | null {
  let first: J | null = null;
  for (const job of jobs) {
    if (countsAsJobStart(job, settings) && (first === null || job.startDate < first.startDate)) first = job;
  }
  return first;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface ExistingJob {
  id?: string;
  employerId: string;
  title: string;
  startDate: string;
  endDate: string | null;
}

export interface JobInput {
  startDate: string;
  endDate: string | null;
  endReason: string | null;
  hoursPerWeek: number;
  employmentType: EmploymentType;
  wageType: string;
}

export interface JobContext {
  referralDate: string;
  today: string;
  existing: readonly ExistingJob[];
  employerId: string;
  title: string;
  /** The job being edited, so it is not compared with itself. */
  jobId?: string;
}

function sameTitle(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Date ranges overlap when each starts on or before the other ends; an open end is ongoing. */
function rangesOverlap(aStart: string, aEnd: string | null, bStart: string, bEnd: string | null): boolean {
  return (bEnd === null || aStart <= bEnd) && (aEnd === null || bStart <= aEnd);
}

/** An existing job with the same employer and title whose dates overlap, or null. */
export function overlapsIdenticalJob(
  job: { employerId: string; title: string; startDate: string; endDate: string | null; id?: string },
  existing: readonly ExistingJob[],
): ExistingJob | null {
  return (
    existing.find(
      (e) =>
        (job.id === undefined || e.id !== job.id) &&
        e.employerId === job.employerId &&
        sameTitle(e.title, job.title) &&
        rangesOverlap(job.startDate, job.endDate, e.startDate, e.endDate),
    ) ?? null
  );
}

function startDateErrors(input: JobInput, context: JobContext): FieldError[] {
  const errors: FieldError[] = [];
  if (input.startDate < context.referralDate) {
    errors.push({ path: 'startDate', message: 'startDate must not be before the referral date' });
  }
  // A planned start may be recorded ahead of time (up to 60 days), so the follow-along can be planned.
  if (input.startDate > addDays(context.today, MAX_PLANNED_START_DAYS)) {
    errors.push({
      path: 'startDate',
      message: `startDate must not be more than ${MAX_PLANNED_START_DAYS} days in the future`,
    });
  }
  return errors;
}

function endDateErrors(input: JobInput, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (input.endDate !== null && input.endDate < input.startDate) {
    errors.push({ path: 'endDate', message: 'endDate must not be before startDate' });
  }
  if (input.endDate !== null && input.endDate > today) {
    errors.push({ path: 'endDate', message: 'endDate must not be in the future' });
  }
  if ((input.endDate === null) !== (input.endReason === null)) {
    errors.push({ path: 'endReason', message: 'endReason and endDate must be given together' });
  }
  return errors;
}

function workErrors(input: JobInput): FieldError[] {
  const errors: FieldError[] = [];
  if (!(input.hoursPerWeek >= 0 && input.hoursPerWeek <= MAX_HOURS_PER_WEEK)) {
    errors.push({
      path: 'hoursPerWeek',
      message: `hoursPerWeek must be between 0 and ${MAX_HOURS_PER_WEEK}`,
    });
  }
  if (input.wageType === 'unpaid' && isCompetitiveType(input.employmentType)) {
    errors.push({
      path: 'wageType',
      message: 'wageType cannot be unpaid for competitive work: competitive work is paid',
    });
  }
  return errors;
}

/** The rules a job must satisfy beyond its shape. */
export function validateJob(input: JobInput, context: JobContext): FieldError[] {
  const errors = [
    ...startDateErrors(input, context),
    ...endDateErrors(input, context.today),
    ...workErrors(input),
  ];
  const twin = overlapsIdenticalJob(
    { ...input, employerId: context.employerId, title: context.title, id: context.jobId },
    context.existing,
  );
  if (twin) {
    errors.push({
      path: 'startDate',
      message: `startDate overlaps an identical job (same employer and title) from ${twin.startDate}`,
    });
  }
  return errors;
}
