import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { TeamExport } from '../../../db/repositories/participants/team-export.ts';
import { type GdprExport } from '../../../db/repositories/rights/participant-rights.ts';
import { noteCategories, protections } from '../../../domain/code-lists.ts';
import { AccessLogEntryDto, toAccessLogEntryDto } from '../access-log-schemas.ts';
import { ConsentDto, toConsentDto } from '../consent-schemas.ts';
import {
  CaseNoteDto,
  ParticipantDto,
  toCaseNoteDto,
  toParticipantDto,
  WithheldDto,
} from '../participant-schemas.ts';
import { RecordsDto, toRecordsDto } from './records-schemas.ts';

export const FormatQuery = z.strictObject({
  format: z.enum(['json', 'pdf']).default('json').describe('json (default) or pdf, a readable document'),
});

const Reason = z
  .string()
  .trim()
  .min(10, 'must be at least 10 characters')
  .max(1000, 'must be at most 1000 characters');

export const RestrictionBody = z.strictObject({
  restricted: z.boolean().describe('true restricts processing (GDPR art. 18), false lifts it'),
  reason: Reason,
});

export const ErasureBody = z.strictObject({
  reason: Reason,
  confirmHandle: z.string().max(50).describe('the participant’s handle, typed again to confirm'),
});

export const RestrictionDto = z.object({
  id: z.string(),
  restricted: z.boolean(),
  restrictedAt: z.string().nullable(),
  restrictionReason: z.string().nullable(),
});

export const ErasureDto = z.object({
  id: z.string(),
  handle: z.string().nullable(),
  erasedAt: z.string(),
});

export const TeamExportDto = z
  .object({
    participant: z.object({
      handle: z.string().nullable(),
      givenName: z.string(),
      familyName: z.string(),
      fnr: z.string().nullable(),
    }),
    generatedAt: z.string(),
    categories: z.array(
      z.object({ category: z.enum(noteCategories), label: z.string(), notes: z.array(CaseNoteDto) }),
    ),
    withheld: z.array(WithheldDto).describe('categories the treatment team may not receive'),
  })
  .describe('JSON; with format=pdf the same as an application/pdf document');

export function toTeamExportDto(e: TeamExport): z.output<typeof TeamExportDto> {
  return {
    participant: e.participant,
    generatedAt: e.generatedAt.toISOString(),
    categories: e.categories.map((c) => ({ ...c, notes: c.notes.map(toCaseNoteDto) })),
    withheld: e.withheld as z.output<typeof WithheldDto>[],
  };
}

export const GdprExportDto = z
  .object({
    generatedAt: z.string(),
    participant: ParticipantDto.extend({
      restrictedAt: z.string().nullable(),
      restrictionReason: z.string().nullable(),
      erasedAt: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      address: z.string().nullable().describe('never stored while she carries protection'),
      protection: z.enum(protections.codes).nullable(),
    }),
    consents: z.array(ConsentDto),
    notes: z.array(CaseNoteDto),
    meetingItems: z.array(
      z.object({
        meetingDate: z.string(),
        team: z.string(),
        about: z.enum(['participant', 'candidate']),
        decision: z.string().nullable(),
        followUp: z.string().nullable(),
      }),
    ),
    candidate: z
      .object({
        handle: z.string(),
        ageBand: z.string(),
        workWish: z.string(),
        note: z.string().nullable(),
        raisedAt: z.string(),
        convertedAt: z.string().nullable(),
      })
      .nullable()
      .describe('the anonymous candidate the participant was raised as before consent'),
    records: RecordsDto,
    accessLog: z.array(AccessLogEntryDto).describe('every audit event about the participant, oldest first'),
  })
  .describe('JSON; with format=pdf the same as an application/pdf document');

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toGdprExportDto(e: GdprExport): z.output<typeof GdprExportDto> {
  const p = e.participant;
  return {
    generatedAt: e.generatedAt.toISOString(),
    participant: {
      ...toParticipantDto(p),
      restrictedAt: iso(p.restrictedAt),
      restrictionReason: p.restrictionReason,
      erasedAt: iso(p.erasedAt),
      phone: p.phone,
      email: p.email,
      address: p.address,
      protection: p.protection,
    },
    consents: e.consents.map((c) => toConsentDto(c)),
    notes: e.notes.map(toCaseNoteDto),
    meetingItems: e.meetingItems,
    candidate: e.candidate
      ? {
          ...e.candidate,
          raisedAt: e.candidate.raisedAt.toISOString(),
          convertedAt: iso(e.candidate.convertedAt),
        }
      : null,
    records: toRecordsDto(e.records),
    accessLog: e.accessLog.map(toAccessLogEntryDto),
  };
}

/** Sends a document as a download; the name carries no personal data, only the handle. */
export function sendPdf(reply: FastifyReply, pdf: Buffer, name: string) {
  return reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="${name.replace(/[^\w.-]/g, '_')}.pdf"`)
    .header('cache-control', 'no-store')
    .send(pdf);
}
