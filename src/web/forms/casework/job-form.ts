import type { EmploymentType } from '../../../domain/code-lists.ts';
import {
  addDays,
  isCompetitiveType,
  MAX_HOURS_PER_WEEK,
  MAX_PLANNED_START_DAYS,
} from '../../../domain/employment.ts';
import type { BenefitsPlan, EndJobBody, NewJobBody } from '../../api/casework-types.ts';
import {
  type CaseworkTexts,
  compact,
  dateError,
  type Errors,
  numberError,
  optionalText,
  parseNumber,
} from './field-rules.ts';

export type JobField =
  | 'employerId'
  | 'title'
  | 'occupation'
  | 'employmentType'
  | 'wageType'
  | 'hoursPerWeek'
  | 'startDate';
export const JOB_FIELDS: readonly JobField[] = [
  'employerId',
  'title',
  'occupation',
  'employmentType',
  'wageType',
  'hoursPerWeek',
  'startDate',
];

export interface JobValues {
  employerId: string;
  title: string;
  occupation: string;
  employmentType: string;
  wageType: string;
  hoursPerWeek: string;
  startDate: string;
}

export const emptyJob = (): JobValues => ({
  employerId: '',
  title: '',
  occupation: '',
  employmentType: '',
  wageType: '',
  hoursPerWeek: '',
  startDate: '',
});

/** Whether a benefits plan is dated on or before the start: work should not surprise anyone's benefits. */
export function hasPlanBy(plans: readonly BenefitsPlan[], startDate: string): boolean {
  return plans.some((p) => p.planDate <= startDate);
}

/** Competitive work is paid: the API refuses unpaid ordinary work, so we say so first. */
function wageTypeError(values: JobValues, t: CaseworkTexts): string | undefined {
  if (!values.wageType) return t.validation.choose(t.jobs.wageType);
  const competitive =
    values.employmentType !== '' && isCompetitiveType(values.employmentType as EmploymentType);
  return competitive && values.wageType === 'unpaid' ? t.validation.unpaidCompetitive : undefined;
}

export function validateJob(values: JobValues, t: CaseworkTexts, today: string): Errors<JobField> {
  const j = t.jobs;
  return compact({
    employerId: values.employerId ? undefined : t.validation.choose(j.employer),
    title: values.title.trim() ? undefined : t.validation.required(j.title),
    occupation: undefined,
    employmentType: values.employmentType ? undefined : t.validation.choose(j.employmentType),
    wageType: wageTypeError(values, t),
    hoursPerWeek: numberError(
      values.hoursPerWeek,
      { label: j.hours, min: 0, max: MAX_HOURS_PER_WEEK, required: true },
      t,
    ),
    startDate: dateError(
      values.startDate,
      {
        label: j.startDate,
        required: true,
        notAfter: addDays(today, MAX_PLANNED_START_DAYS),
        daysAhead: MAX_PLANNED_START_DAYS,
      },
      t,
    ),
  });
}

/** After validation: the employment type select offers only the list's codes, and one was required. */
export function jobBody(values: JobValues): NewJobBody {
  return {
    employerId: values.employerId,
    title: values.title.trim(),
    occupation: values.occupation || undefined,
    employmentType: values.employmentType as EmploymentType,
    wageType: values.wageType,
    hoursPerWeek: parseNumber(values.hoursPerWeek) ?? 0,
    startDate: values.startDate,
  };
}

export type EndJobField = 'endDate' | 'endReason' | 'whatWorked';
export const END_JOB_FIELDS: readonly EndJobField[] = ['endDate', 'endReason', 'whatWorked'];

export interface EndJobValues {
  endDate: string;
  endReason: string;
  whatWorked: string;
}

export function validateEndJob(
  values: EndJobValues,
  t: CaseworkTexts,
  facts: { today: string; startDate: { date: string; shown: string } },
): Errors<EndJobField> {
  const j = t.jobs;
  return compact({
    endDate: dateError(
      values.endDate,
      { label: j.endDate, required: true, notAfter: facts.today, notBefore: facts.startDate },
      t,
    ),
    endReason: values.endReason ? undefined : t.validation.choose(j.endReasonField),
    whatWorked: undefined,
  });
}

export function endJobBody(values: EndJobValues): EndJobBody {
  return {
    endDate: values.endDate,
    endReason: values.endReason,
    whatWorked: optionalText(values.whatWorked),
  };
}
