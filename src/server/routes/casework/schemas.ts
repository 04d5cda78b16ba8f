import { z } from 'zod';
import {
  contactCounterparts,
  contactModes,
  contactOutcomes,
  dataCategories,
  employmentTypes,
  stages,
  tracks,
} from '../../../domain/code-lists.ts';
import { PERIOD_STATUSES } from '../../../domain/dated-period.ts';
import { Uuid } from '../common-schemas.ts';
import { WithheldDto } from '../participant-schemas.ts';
import { CareerProfileContent, SupportPlanContent } from './document-schemas.ts';

export const CaseworkParams = z.strictObject({ id: Uuid });
export const BenefitParams = z.strictObject({ id: Uuid, benefitId: Uuid });
export const JobParams = z.strictObject({ id: Uuid, jobId: Uuid });

const Person = z.object({ id: z.string(), displayName: z.string() });

export const TransitionDto = z.object({
  id: z.string(),
  stage: z.enum(stages.codes),
  effectiveDate: z.string(),
  dischargeReason: z.string().nullable(),
  note: z.string().nullable(),
  recordedBy: Person.nullable().describe('null for the referral recorded when the participant was created'),
  recordedAt: z.string(),
});

function documentDto<C extends z.ZodType>(content: C) {
  return z.object({
    version: z.number().int(),
    content,
    source: z.enum(['manual', 'job_experience']),
    jobId: z.string().nullable().describe('the job whose end added this version (source job_experience)'),
    recordedAt: z.string(),
    recordedBy: Person.nullable(),
  });
}

export const CareerProfileDto = documentDto(CareerProfileContent);
export const SupportPlanDto = documentDto(SupportPlanContent);

const PeriodStatus = z.enum(PERIOD_STATUSES);

export const BenefitDto = z.object({
  id: z.string(),
  benefit: z.string().describe('a code of benefit_types'),
  monthlyAmount: z.number().int().nullable(),
  fromDate: z.string(),
  toDate: z.string().nullable().describe('the last day it is received'),
  recordedAt: z.string(),
  status: PeriodStatus.describe(
    'on the request’s day: planned (from a later day), current (benefits now), or ended (before today)',
  ),
});

export const BenefitsEstimateDto = z
  .object({
    monthlyEarnings: z.number(),
    benefits: z.array(
      z.object({
        benefit: z.string(),
        monthlyBefore: z.number().nullable(),
        monthlyAfter: z.number().nullable(),
        rule: z.string().describe('the model rule applied, e.g. aap_graded, not_modelled'),
      }),
    ),
    monthlyTotalBefore: z.number(),
    monthlyTotalAfter: z.number(),
    unknownAmounts: z.boolean(),
    modelVersion: z.string(),
  })
  .describe('guidance for a conversation, not a decision from NAV');

export const BenefitsPlanDto = z.object({
  id: z.string(),
  planDate: z.string(),
  hoursPerWeek: z.number(),
  hourlyWage: z.number(),
  effect: BenefitsEstimateDto,
  modelVersion: z.string(),
  note: z.string().nullable(),
  recordedAt: z.string(),
});

export const JobDto = z.object({
  id: z.string(),
  employer: z.object({ id: z.string(), name: z.string(), orgNumber: z.string() }),
  title: z.string(),
  occupation: z.string().nullable(),
  employmentType: z.enum(employmentTypes.codes),
  wageType: z.string(),
  hoursPerWeek: z.number(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  endReason: z.string().nullable(),
  competitive: z.boolean().describe('competitive employment under the programme’s settings'),
  wageSubsidised: z.boolean(),
  status: PeriodStatus.describe(
    'on the request’s day: planned (a start ahead), current (started, not ended before today), or ended',
  ),
});

export const StageDto = z.object({
  current: z.enum(stages.codes),
  since: z.string(),
});

export const RecordedJobDto = z.object({
  job: JobDto,
  benefitsPlanMissing: z.boolean().describe('no benefits plan is dated on or before the start date'),
  stage: StageDto.describe('the stage after the job: a competitive job that has started moves it to in_work'),
});

export const ContactDto = z.object({
  id: z.string(),
  contactDate: z.string(),
  counterpart: z.enum(contactCounterparts.codes),
  mode: z.enum(contactModes.codes),
  outcome: z.enum(contactOutcomes.codes),
  jobId: z.string().nullable(),
  note: z.string().nullable(),
  nextStep: z.string().nullable(),
  nextStepDate: z.string().nullable(),
  category: z.enum(dataCategories.codes),
});

export const EmployerContactDto = z.object({
  id: z.string(),
  employer: z.object({ id: z.string(), name: z.string() }),
  contactDate: z.string(),
  faceToFace: z.boolean(),
  outcome: z.string(),
  nextStep: z.string().nullable(),
  nextStepDate: z.string().nullable(),
  jobSpecialist: Person,
});

export const CaseworkDto = z.object({
  stage: StageDto.extend({
    track: z.enum(tracks.codes),
    employedAtReferral: z.boolean().nullable(),
    ageAtReferral: z.number().int().nullable(),
    priority: z.boolean().describe('under 30 at referral'),
  }).nullable(),
  transitions: z.array(TransitionDto).describe('oldest first'),
  careerProfile: CareerProfileDto.nullable(),
  careerProfileVersions: z
    .array(
      z.object({
        version: z.number().int(),
        source: z.enum(['manual', 'job_experience']),
        recordedAt: z.string(),
      }),
    )
    .describe('newest first'),
  supportPlan: SupportPlanDto.nullable(),
  benefits: z.array(BenefitDto),
  benefitsPlans: z.array(BenefitsPlanDto).describe('newest first'),
  jobs: z.array(JobDto).describe('newest start first'),
  contacts: z.array(ContactDto).describe('only contacts of categories the caller may see; newest first'),
  employerContacts: z.array(EmployerContactDto),
  withheld: z.array(WithheldDto).describe('categories whose sections are left empty for this caller'),
});
