import { z } from 'zod';
import { type Candidate } from '../../../db/repositories/candidates/candidates.ts';
import { ageBands, workWishes } from '../../../domain/code-lists.ts';
import { Ref, Uuid } from '../common-schemas.ts';

export const NewCandidateBody = z.strictObject({
  ageBand: z.enum(ageBands.codes),
  workWish: z.enum(workWishes.codes),
  note: z
    .string()
    .trim()
    .max(500, 'must be at most 500 characters')
    .optional()
    .describe('free text refused (400) if it could identify the person: no names, numbers, dates or e-mail'),
  teamId: Uuid.optional().describe('the treatment team of the programme the candidate was raised in'),
});

export const CandidateParams = z.strictObject({ id: Uuid });

export const CandidateDto = z.object({
  id: z.string(),
  handle: z.string().describe('pseudonymous handle (K-n), kept by the participant on conversion'),
  ageBand: z.enum(ageBands.codes),
  workWish: z.enum(workWishes.codes),
  note: z.string().nullable(),
  team: Ref.nullable(),
  raisedBy: z.string().describe('display name of who raised the candidate'),
  raisedAt: z.string(),
  convertedParticipantId: z.string().nullable(),
});

export function toCandidateDto(c: Candidate): z.output<typeof CandidateDto> {
  return { ...c, raisedAt: c.raisedAt.toISOString() };
}
