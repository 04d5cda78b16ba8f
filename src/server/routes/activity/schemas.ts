import { z } from 'zod';
import { activityPlaces } from '../../../domain/code-lists.ts';
import { correctionKinds } from '../../../domain/corrections.ts';
import { IsoDate, Uuid, valuesMatchKind } from '../common-schemas.ts';

export const NewEntryBody = z.strictObject({
  entryDate: IsoDate.describe('not in the future'),
  place: z.enum(activityPlaces.codes),
  activity: z.string().min(1).max(64).describe('an active code of the activity_kinds list'),
  minutes: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(1440, 'must be at most 1440')
    .describe('the day’s entries together may not pass 24 hours'),
  note: z.string().trim().max(500, 'must be at most 500 characters').nullable().optional(),
});

export const CorrectionBody = z
  .strictObject({
    kind: z.enum(correctionKinds).describe('correct: a new version of the entry; void: it no longer counts'),
    reason: z.string().trim().min(1, 'must not be empty').max(1000).describe('why: kept with the entry'),
    values: NewEntryBody.partial().optional().describe('correct only: the fields that change'),
  })
  .superRefine(valuesMatchKind);

export const LogQuery = z.strictObject({
  specialistId: Uuid.optional().describe('a job specialist (default: the caller)'),
  from: IsoDate.optional().describe('default: 27 days before `to`'),
  to: IsoDate.optional().describe('default: today'),
});

export const EntryParams = z.strictObject({ entryId: Uuid });

export const EntryDto = z.object({
  id: z.string(),
  entryDate: z.string(),
  place: z.enum(activityPlaces.codes),
  activity: z.string(),
  minutes: z.number().int(),
  note: z.string().nullable(),
  recordedAt: z.string(),
});

const MinutesByPlace = z.object(
  Object.fromEntries(activityPlaces.codes.map((p) => [p, z.number().int()])) as Record<
    (typeof activityPlaces.codes)[number],
    z.ZodNumber
  >,
);

const Share = z
  .number()
  .nullable()
  .describe('community ÷ (community + office + team meeting) minutes, 0–1; null when nothing was logged');

export const LogDto = z.object({
  specialist: z.object({ id: z.string(), displayName: z.string() }),
  from: z.string(),
  to: z.string(),
  entries: z.array(EntryDto).describe('newest first'),
  summary: z.object({
    minutesByPlace: MinutesByPlace,
    communityShare: Share,
    guideline: z
      .object({ min: z.number(), max: z.number() })
      .describe('the Norwegian guideline range for the community share, as fractions'),
    anchor: z.number().describe('the IPS-25 anchor for the community share, as a fraction'),
  }),
  weeks: z
    .array(
      z.object({
        week: z.string().describe('ISO week, YYYY-Www'),
        start: z.string().describe('its Monday'),
        minutesByPlace: MinutesByPlace,
        communityShare: Share,
      }),
    )
    .describe('every ISO week of the period, oldest first'),
});
