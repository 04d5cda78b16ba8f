import { z } from 'zod';
import { employmentTypes, stages, tracks } from '../../../domain/code-lists.ts';
import { IsoDate, Uuid } from '../common-schemas.ts';

export const SpecialistQuery = z.strictObject({
  specialistId: Uuid.optional().describe('a job specialist of the programme; default: the caller'),
});

const Person = z.object({ id: z.string(), displayName: z.string() });
const ParticipantRef = z.object({ id: z.string(), name: z.string() });

export const CaseloadRowDto = z.object({
  id: z.string(),
  name: z.string(),
  handle: z.string().nullable(),
  stage: z.enum(stages.codes),
  stageSince: IsoDate,
  track: z.enum(tracks.codes),
  priority: z.boolean().describe('under 30 at referral'),
  referralDate: IsoDate,
  daysSinceReferral: z.number().int(),
  lastContactDate: IsoDate.nullable().describe('the newest held contact with the participant'),
  daysSinceLastContact: z.number().int().nullable(),
  firstEmployerContactDate: IsoDate.nullable(),
  rapidSearchWarning: z
    .boolean()
    .describe('no employer contact yet, rapidSearchDays or more after referral, not in work'),
  noShows: z.number().int().describe('meetings she did not come to in the last 30 days'),
  currentJob: z
    .object({ title: z.string(), employmentType: z.enum(employmentTypes.codes), startDate: IsoDate })
    .nullable()
    .describe('the newest current competitive job'),
  nextStep: z.object({ text: z.string(), date: IsoDate.nullable() }).nullable(),
  discharged: z.boolean().describe('discharged within the last 90 days: shown, but not active'),
});

export const CaseloadPageDto = z.object({
  specialist: Person,
  settings: z.object({ rapidSearchDays: z.number(), caseloadMax: z.number() }),
  rows: z.array(CaseloadRowDto),
});

const taskBase = { participant: ParticipantRef, dueDate: IsoDate.nullable() };

export const TaskDto = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('follow_along_overdue'),
    ...taskBase,
    detail: z.object({
      jobId: z.string(),
      jobTitle: z.string(),
      jobStartDate: IsoDate,
      lastContactDate: IsoDate.nullable(),
    }),
  }),
  z.object({
    kind: z.literal('consent_expiring'),
    ...taskBase,
    detail: z.object({ consentId: z.string(), validTo: IsoDate }),
  }),
  z.object({
    kind: z.literal('benefits_plan_missing'),
    ...taskBase,
    detail: z.object({ stage: z.enum(stages.codes) }),
  }),
  z.object({
    kind: z.literal('rapid_search'),
    ...taskBase,
    detail: z.object({ referralDate: IsoDate, daysSinceReferral: z.number().int() }),
  }),
  z.object({
    kind: z.literal('next_step_due'),
    ...taskBase,
    detail: z.object({ text: z.string() }),
  }),
]);

export const CaseloadOverviewDto = z.object({
  caseloadMax: z.number(),
  specialists: z.array(
    Person.extend({
      fte: z.number().nullable().describe('from the current employment row; null when none'),
      active: z.number().int(),
      inWork: z.number().int(),
      referred: z.number().int(),
    }),
  ),
  unassigned: z.number().int().describe('active participants with no job specialist'),
  referralQueue: z
    .array(
      ParticipantRef.extend({
        referralDate: IsoDate,
        priority: z.boolean().describe('under 30 at referral: first in the queue'),
        track: z.enum(tracks.codes),
        jobSpecialist: Person.nullable(),
      }),
    )
    .describe('stage referred: priority first, then the oldest referral'),
});

export const ReassignBody = z.strictObject({
  jobSpecialistId: Uuid.describe('an active job specialist of the programme'),
});

export const ReassignmentDto = z.object({ id: z.string(), jobSpecialist: Person });
