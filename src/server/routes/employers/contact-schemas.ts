import { z } from 'zod';
import { IsoDate, Uuid } from '../common-schemas.ts';

const OptionalText = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`).nullable().optional();

export const NewEmployerContactBody = z.strictObject({
  employerId: Uuid.describe('an employer of the caller’s programme'),
  contactDate: IsoDate.describe('not in the future'),
  faceToFace: z.boolean(),
  outcome: z.string().min(1).max(64).describe('an active code of the employer_contact_outcomes list'),
  participantId: Uuid.nullable()
    .optional()
    .describe('a contact for one participant: recorded only by that participant’s record holders'),
  contactPersonId: Uuid.nullable().optional().describe('a contact person of the employer'),
  matchesPreferences: z
    .boolean()
    .nullable()
    .optional()
    .describe('whether the job matches the participant’s wishes'),
  nextStep: OptionalText(500),
  nextStepDate: IsoDate.nullable().optional(),
  note: OptionalText(2000),
});

export const WeeklyQuery = z.strictObject({
  specialistId: Uuid.optional().describe('a job specialist (default: the caller)'),
  weeks: z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(52, 'must be at most 52')
    .default(12),
});

export const WeeklyDto = z.object({
  specialist: z.object({ id: z.string(), displayName: z.string() }),
  anchor: z.number().describe('the programme’s target of face-to-face employer contacts per week'),
  weeks: z
    .array(
      z.object({
        week: z.string().describe('ISO week, YYYY-Www'),
        start: z.string().describe('its Monday'),
        faceToFace: z.number().int(),
        other: z.number().int(),
      }),
    )
    .describe('the last N ISO weeks up to this one, oldest first, zero-filled'),
});
