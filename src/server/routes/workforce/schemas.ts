import { z } from 'zod';
import { IsoDate, Uuid } from '../common-schemas.ts';

export const EmploymentParams = z.strictObject({ id: Uuid });

export const NewEmploymentBody = z.strictObject({
  userId: Uuid.describe('a job specialist of the caller’s programme'),
  startDate: IsoDate,
  fte: z.number().gt(0, 'must be more than 0').max(1, 'must be at most 1').describe('full-time equivalent'),
});

export const EndEmploymentBody = z.strictObject({
  endDate: IsoDate.describe('not before the start date'),
  endReason: z.string().min(1).max(64).describe('an active code of the workforce_end_reasons list'),
});

export const EmploymentDto = z.object({
  id: z.string(),
  user: z.object({ id: z.string(), displayName: z.string() }),
  startDate: z.string(),
  endDate: z.string().nullable(),
  fte: z.number(),
  endReason: z.string().nullable().describe('a code of the workforce_end_reasons list'),
});
