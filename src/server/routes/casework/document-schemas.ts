import { z } from 'zod';
import { disclosurePreferences } from '../../../domain/code-lists.ts';
import { codeOf, list, text } from './primitives.ts';

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD': people remember a year more often than a day. */
const Period = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .optional();

export const WorkExperience = z.strictObject({
  employer: text(200),
  title: text(200),
  from: Period,
  to: Period,
  whatWorked: text(2000).optional().describe('what worked and what did not: what the next job builds on'),
});

export const CareerProfileContent = z.strictObject({
  workHistory: list(WorkExperience, 100),
  education: list(
    z.strictObject({
      school: text(200),
      programme: text(200),
      from: Period,
      to: Period,
      completed: z.boolean().optional(),
    }),
    50,
  ),
  educationGoals: text(2000).optional(),
  interests: list(text(200), 50),
  strengths: list(text(200), 50),
  preferences: z.strictObject({
    occupations: list(codeOf('occupations'), 30),
    hoursPerWeek: z.number().min(0).max(75).optional(),
    places: list(text(200), 30),
    other: text(2000).optional(),
  }),
  disclosure: z.enum(disclosurePreferences.codes).describe('a code of disclosure_preferences'),
  supports: list(codeOf('support_kinds'), 30),
  notes: text(4000).optional(),
  noShowPlan: text(2000).optional().describe('what to do when she does not come to a meeting'),
});

export const SupportPlanContent = z.strictObject({
  supports: list(
    z.strictObject({
      kind: codeOf('support_kinds'),
      description: text(1000),
      frequency: text(200).optional(),
    }),
    50,
  ),
  note: text(2000).optional(),
});

const BasedOnVersion = z
  .number()
  .int()
  .min(1)
  .nullable()
  .describe('the latest version you read, or null if there was none: a stale one gives 409 version_conflict');

export const CareerProfileBody = z.strictObject({
  basedOnVersion: BasedOnVersion,
  content: CareerProfileContent,
});

export const SupportPlanBody = SupportPlanContent.extend({ basedOnVersion: BasedOnVersion });
