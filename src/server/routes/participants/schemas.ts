import { z } from 'zod';
import type { Participant, ParticipantSummary } from '../../../db/repositories/participant-rows.ts';
import { referralSources } from '../../../domain/code-lists.ts';
import { IsoDate, Ref, Uuid } from '../common-schemas.ts';

const Name = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

export const ParticipantSummaryDto = z.object({
  id: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  referralDate: z.string(),
  referralSource: z.enum(referralSources.codes),
  referringOrganisation: Ref,
  jobSpecialist: z.object({ id: z.string(), displayName: z.string() }).nullable(),
});

export const ParticipantDto = ParticipantSummaryDto.extend({
  fnr: z.string(),
  programme: Ref,
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

/** A referral. There is deliberately no field that could exclude anyone (IPS principle 2). */
export const CreateParticipantBody = z.strictObject({
  fnr: z.string().max(11, 'must be exactly 11 digits'),
  givenName: Name,
  familyName: Name,
  referralDate: IsoDate,
  referralSource: z.enum(referralSources.codes),
  referringOrganisationId: Uuid,
  jobSpecialistId: Uuid.nullable(),
});

export const UpdateParticipantBody = CreateParticipantBody.omit({ fnr: true })
  .partial()
  .extend({ version: z.number().int().min(1).describe('the version you read: a stale one gives 409') });

export const ParticipantParams = z.strictObject({ id: Uuid });

export function toSummaryDto(p: ParticipantSummary): z.output<typeof ParticipantSummaryDto> {
  return {
    ...p,
    referralSource: p.referralSource as z.output<typeof ParticipantSummaryDto>['referralSource'],
  };
}

export function toParticipantDto(p: Participant): z.output<typeof ParticipantDto> {
  return {
    ...toSummaryDto(p),
    fnr: p.fnr,
    programme: p.programme,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    version: p.version,
  };
}
