import { z } from 'zod';
import { Uuid } from '../common-schemas.ts';

export const ReportQuery = z.object({
  period: z
    .string()
    .optional()
    .describe(
      'quarters or years: 2026Q1..2026Q4, 2024..2026, 2026Q2 or 2026 (default: the last four quarters)',
    ),
  cut: z
    .string()
    .optional()
    .describe(
      'all (default), age_band:<band>, track:standard|ips_ung, sex:female|male, referral_source:<source>',
    ),
  threshold: z.coerce
    .number({ error: 'threshold must be a whole number' })
    .int('threshold must be a whole number')
    .optional()
    .describe('smallest published count; raises the configured one (default 5), never below 3'),
});
export const ProgrammeParams = z.object({ programmeId: Uuid });
export const RegionParams = z.object({ regionId: z.string().min(1).max(40) });

const Cell = z.object({ value: z.number().nullable(), suppressed: z.boolean() });
/** A figure of PublishedFigures (src/domain/outcomes/publish.ts). */
export const PublishedFigures = z.object({
  activeCaseload: Cell,
  referrals: Cell,
  firstJobStarts: Cell,
  jobStarts: Cell,
  wageSubsidisedStarts: Cell,
  discharges: Cell,
  employmentRateUsLc: Cell,
  employmentRateIpsGrow: Cell,
  retention13: Cell,
  dischargedInWork: Cell,
  medianTenureWeeks: Cell,
  medianWeeksToEmployerContact: Cell,
  medianWeeksToJob: Cell,
  communityShare: z.number().nullable(),
});
const Freshness = z.object({
  refreshedAt: z.string().nullable(),
  asOf: z.string().nullable(),
  pendingProgrammes: z.number(),
});
const Label = z.object({ nb: z.string(), en: z.string() });
const Definition = z.object({ id: z.string(), name: Label, definition: Label });
const Median = z.object({
  employmentRateUsLc: z.number().nullable(),
  employmentRateIpsGrow: z.number().nullable(),
  retention13: z.number().nullable(),
});
/** Figures of src/domain/outcomes/figures.ts (Kaplan–Meier curves, discharges by reason, rates with targets). */
const Figures = z.record(z.string(), z.unknown());
const PeriodFigures = z.object({ period: z.string(), figures: Figures });

export const ProgrammeOutcomes = z
  .object({
    programme: z.object({ id: z.string(), name: z.string(), regionId: z.string() }),
    periods: z.array(z.string()),
    cut: z.string(),
    freshness: Freshness,
    settings: z.record(z.string(), z.unknown()),
    definitions: z.array(Definition),
    figures: z.array(PeriodFigures),
    specialists: z.array(
      z.object({ id: z.string(), displayName: z.string(), figures: z.array(PeriodFigures) }),
    ),
  })
  .describe('ProgrammeOutcomes');

const Named = { id: z.string(), name: z.string() };
export const RegionOutcomes = z
  .object({
    region: z.object(Named),
    periods: z.array(z.string()),
    cut: z.string(),
    threshold: z.number(),
    freshness: Freshness,
    definitions: z.array(Definition),
    table: z.array(
      z.object({
        period: z.string(),
        programmes: z.array(z.object({ ...Named, figures: PublishedFigures })),
        region: PublishedFigures,
        nationalMedian: Median,
      }),
    ),
  })
  .describe('RegionOutcomes');

export const NationalOutcomes = z
  .object({
    periods: z.array(z.string()),
    cut: z.string(),
    threshold: z.number(),
    freshness: Freshness,
    definitions: z.array(Definition),
    table: z.array(
      z.object({
        period: z.string(),
        regions: z.array(z.object({ ...Named, figures: PublishedFigures })),
        programmes: z.array(z.object({ ...Named, regionId: z.string(), figures: PublishedFigures })),
        national: PublishedFigures,
        programmeMedian: Median,
      }),
    ),
  })
  .describe('NationalOutcomes');
