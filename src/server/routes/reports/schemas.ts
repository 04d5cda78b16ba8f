import { z } from 'zod';
import { REPORT_KINDS, REPORT_SECTIONS, type ReportSection } from '../../../domain/guidance-report/draft.ts';
import { REPORT_STATES } from '../../../domain/guidance-report/lifecycle.ts';
import type { GuidanceReport } from '../../../domain/guidance-report/report.ts';
import { IsoDate, Uuid } from '../common-schemas.ts';

export const ReportParams = z.strictObject({ reportId: Uuid });

const SectionText = z.string().max(4000, 'must be at most 4000 characters');
const sectionShape = <T extends z.ZodType>(field: T) =>
  Object.fromEntries(REPORT_SECTIONS.map((s) => [s, field])) as Record<ReportSection, T>;

export const NewReportBody = z.strictObject({
  kind: z.enum(REPORT_KINDS).describe('interim: veiledningsrapport; final: sluttrapport'),
  periodFrom: IsoDate,
  periodTo: IsoDate,
});

export const EditReportBody = z.strictObject({
  sections: z.strictObject(sectionShape(SectionText.optional())),
});

export const CommentBody = z.strictObject({
  body: z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters'),
});

export const ReportDto = z.object({
  id: z.string(),
  participantId: z.string(),
  kind: z.enum(REPORT_KINDS),
  periodFrom: z.string(),
  periodTo: z.string(),
  state: z.enum(REPORT_STATES),
  version: z.number().int(),
  content: z.object({
    figures: z.object({
      meetingsHeld: z.number().int(),
      noShows: z.number().int(),
      cancelled: z.number().int(),
      employerContacts: z.number().int(),
      jobStarts: z.number().int(),
      educationStarts: z.number().int(),
      pauses: z.number().int(),
    }),
    sections: z.object(sectionShape(z.string())),
  }),
  versions: z.array(
    z.object({
      version: z.number().int(),
      state: z.enum(REPORT_STATES),
      recordedAt: z.string(),
      recordedBy: z.string().nullable(),
    }),
  ),
  comments: z.array(
    z.object({ id: z.string(), version: z.number().int(), body: z.string(), createdAt: z.string() }),
  ),
  deliveries: z.array(
    z.object({
      status: z.enum(['delivered', 'rejected', 'failed']),
      journalpostId: z.string().nullable(),
      message: z.string().nullable(),
      attemptedAt: z.string(),
    }),
  ),
});

export const ReportListDto = z.object({
  reports: z.array(ReportDto),
  nextDue: z.string().describe('the day the next guidance report is due'),
  nextPeriod: z.object({ from: z.string(), to: z.string() }).describe('the period a new report would cover'),
});

export function toReportDto(r: GuidanceReport): z.output<typeof ReportDto> {
  return {
    ...r,
    versions: r.versions.map((v) => ({ ...v, recordedAt: v.recordedAt.toISOString() })),
    comments: r.comments.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
    deliveries: r.deliveries.map((d) => ({ ...d, attemptedAt: d.attemptedAt.toISOString() })),
  };
}
