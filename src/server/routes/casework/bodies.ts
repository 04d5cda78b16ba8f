import { z } from 'zod';
import {
  contactCounterparts,
  contactModes,
  contactOutcomes,
  employmentTypes,
  stages,
} from '../../../domain/code-lists.ts';
import { Uuid } from '../common-schemas.ts';
import { codeOf, Day, text } from './primitives.ts';

const Note = (max: number) => text(max).nullable().optional();

export const StageBody = z.strictObject({
  stage: z.enum(stages.codes).describe('not discharged: use the discharge endpoint'),
  effectiveDate: Day,
  note: Note(1000),
});

export const DischargeBody = z.strictObject({
  effectiveDate: Day,
  // Optional in shape so that a missing reason gets the rule's own message (why a reason is needed).
  reason: codeOf('discharge_reasons').optional().describe('required: a code of discharge_reasons'),
  note: Note(1000),
});

export const BenefitBody = z.strictObject({
  benefit: codeOf('benefit_types'),
  monthlyAmount: z.number().int().min(0).max(1_000_000).nullable().optional().describe('kroner per month'),
  fromDate: Day,
  toDate: Day.nullable().optional(),
});

export const BenefitEndBody = z.strictObject({ toDate: Day });

export const BenefitsPlanBody = z.strictObject({
  planDate: Day,
  hoursPerWeek: z.number().min(0).max(75),
  hourlyWage: z.number().min(0).max(10_000).describe('kroner per hour, gross'),
  note: Note(2000),
});

export const JobBody = z.strictObject({
  employerId: Uuid.describe('an employer of the caller’s programme'),
  title: text(200),
  occupation: codeOf('occupations').nullable().optional(),
  employmentType: z.enum(employmentTypes.codes),
  wageType: codeOf('wage_types'),
  hoursPerWeek: z.number().min(0, 'must be between 0 and 75').max(75, 'must be between 0 and 75'),
  startDate: Day.describe('not before the referral; at most 60 days ahead (a planned start)'),
  endDate: Day.nullable().optional(),
  endReason: codeOf('job_end_reasons').nullable().optional().describe('given together with endDate'),
});

export const JobEndBody = z.strictObject({
  endDate: Day,
  endReason: codeOf('job_end_reasons'),
  whatWorked: text(2000).nullable().optional().describe('added to the career profile’s work history'),
});

export const ContactBody = z.strictObject({
  contactDate: Day.describe('not in the future, not before the referral'),
  counterpart: z
    .enum(contactCounterparts.codes)
    .describe('decides the data category the contact is filed under'),
  mode: z.enum(contactModes.codes),
  outcome: z.enum(contactOutcomes.codes).describe('outreach_attempt: tried, did not reach them'),
  jobId: Uuid.nullable().optional().describe('a job of this participant the contact was about'),
  note: Note(2000),
  nextStep: Note(500),
  nextStepDate: Day.nullable().optional(),
});
