import { z } from 'zod';
import type { Participant, ParticipantSummary } from '../../db/access/participant-facts.ts';
import type { CaseNote, ParticipantRecord } from '../../db/repositories/participants/participants.ts';
import { dataCategories, noteCategories, referralSources, tracks } from '../../domain/code-lists.ts';
import { IsoDate, Ref, Uuid } from './common-schemas.ts';

const Name = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

export const ParticipantSummaryDto = z.object({
  id: z.string(),
  handle: z.string().nullable().describe('pseudonymous handle used in team-meeting minutes'),
  givenName: z.string(),
  familyName: z.string(),
  referralDate: z.string(),
  referralSource: z.enum(referralSources.codes),
  referringOrganisation: Ref,
  jobSpecialist: z.object({ id: z.string(), displayName: z.string() }).nullable(),
});

export const ParticipantDto = ParticipantSummaryDto.extend({
  fnr: z.string().nullable().describe('null only for an erased record'),
  programme: Ref,
  treatmentTeam: Ref.nullable(),
  restricted: z.boolean().describe('processing restricted on request (GDPR art. 18)'),
  track: z.enum(tracks.codes),
  employedAtReferral: z.boolean().nullable(),
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
  treatmentTeamId: Uuid.nullable().optional(),
  track: z
    .enum(tracks.codes)
    .optional()
    .describe('standard unless given; ips_ung needs age 16–30 at referral'),
  employedAtReferral: z.boolean().nullable().optional().describe('in work when referred; null if not known'),
});

/**
 * Who holds the record changes only through the policy's reassign decision, so a plain update
 * refuses the field and names the endpoint that decides it.
 */
const REASSIGN_ELSEWHERE = 'is changed only with PUT /api/participants/{id}/job-specialist (reassign)';

export const UpdateParticipantBody = CreateParticipantBody.omit({ fnr: true, jobSpecialistId: true })
  .partial()
  .extend({
    version: z.number().int().min(1).describe('the version you read: a stale one gives 409'),
    jobSpecialistId: z.never({ error: REASSIGN_ELSEWHERE }).optional().describe(REASSIGN_ELSEWHERE),
  });

export const ParticipantParams = z.strictObject({ id: Uuid });

export const WithheldDto = z.object({
  category: z.enum(dataCategories.codes),
  reason: z.string().describe('why it is withheld, e.g. category_not_covered (missing consent)'),
});

export const CaseNoteDto = z.object({
  id: z.string(),
  category: z.enum(noteCategories),
  body: z.string(),
  author: z.object({ id: z.string(), displayName: z.string() }),
  createdAt: z.string(),
});

export const ParticipantRecordDto = ParticipantDto.extend({
  notes: z
    .array(CaseNoteDto)
    .describe('the job specialist’s own record, only of categories the caller may see'),
  withheld: z.array(WithheldDto).describe('categories left out because the caller may not see them'),
});

export function toSummaryDto(p: ParticipantSummary): z.output<typeof ParticipantSummaryDto> {
  return {
    ...p,
    referralSource: p.referralSource as z.output<typeof ParticipantSummaryDto>['referralSource'],
  };
}

// Object.assign rather than a spread followed by more members, which V8 builds slowly (see toParticipant).
export function toParticipantDto(p: Participant): z.output<typeof ParticipantDto> {
  return Object.assign(toSummaryDto(p), {
    fnr: p.fnr,
    programme: p.programme,
    treatmentTeam: p.treatmentTeam,
    restricted: p.restricted,
    track: p.track,
    employedAtReferral: p.employedAtReferral,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    version: p.version,
  });
}

export function toCaseNoteDto(n: CaseNote): z.output<typeof CaseNoteDto> {
  return { ...n, createdAt: n.createdAt.toISOString() };
}

export function toRecordDto(r: ParticipantRecord): z.output<typeof ParticipantRecordDto> {
  return Object.assign(toParticipantDto(r), {
    notes: r.notes.map(toCaseNoteDto),
    withheld: r.withheld as z.output<typeof WithheldDto>[],
  });
}
