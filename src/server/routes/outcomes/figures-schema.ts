import { z } from 'zod';

/** Response shapes of src/domain/outcomes/figures.ts and reports.ts (a programme's own, unsuppressed). */
const Rate = {
  numerator: z.number(),
  denominator: z.number(),
  value: z.number().nullable(),
};
const Target = z.enum(['met', 'not_met']).nullable();
const Survival = z.object({
  spells: z.number(),
  events: z.number(),
  censored: z.number(),
  shareCensored: z.number().nullable(),
  medianWeeks: z.number().nullable(),
  curve: z.array(
    z.object({
      week: z.number(),
      atRisk: z.number(),
      events: z.number(),
      censored: z.number(),
      survival: z.number(),
    }),
  ),
});
const Counts = z.record(z.string(), z.number());

export const Figures = z.object({
  activeCaseload: z.number(),
  activeAtEnd: z.number(),
  everEmployed: z.object(Rate),
  referrals: z.number(),
  referralsBySource: Counts,
  firstJobStarts: z.number(),
  jobStarts: z.number(),
  wageSubsidisedStarts: z.number(),
  startsNotCounted: z.number(),
  meanHoursPerWeek: z.number().nullable(),
  employmentRate: z.object({
    usLearningCommunity: z.object({
      ...Rate,
      band: z.enum(['below_minimum', 'minimum', 'good', 'exceptional']).nullable(),
      target: Target,
    }),
    ipsGrow: z.object({ ...Rate, target: Target }),
    workAtReferralUnknown: z.number(),
  }),
  inWorkAtReferral: z.object(Rate),
  education: z.object({ starts: z.number(), inEducation: z.object(Rate), inWorkOrEducation: z.object(Rate) }),
  retention13: z.object({ ...Rate, target: Target, pending: z.number() }),
  tenure: Survival,
  timeToEmployerContact: Survival,
  timeToJob: Survival,
  discharges: z.object({ total: z.number(), byReason: Counts, inWork: z.object(Rate) }),
  caseload: z.object({
    perSpecialist: z.number().nullable(),
    perFte: z.number().nullable(),
    fte: z.number(),
  }),
  communityShare: z.object(Rate),
  workforce: z.object({
    headcountAtEnd: z.number(),
    joiners: z.number(),
    leavers: z.number(),
    annualTurnover: z.number().nullable(),
    meanServiceYearsAtEnd: z.number().nullable(),
    tenure: Survival,
  }),
  jobStartsPerFte: z.object({ value: z.number().nullable(), target: Target }),
});

export const PeriodFigures = z.object({
  period: z.string(),
  figures: Figures,
  funnel: z
    .object({
      referrals: z.number(),
      firstMeeting: z.number(),
      employerContact: z.number(),
      jobStart: z.number(),
    })
    .describe(
      'referrals of the period → first meeting → first face-to-face employer contact → first job start, by asOf',
    ),
});

export const OutcomeSettings = z.object({
  competitiveMinHoursPerWeek: z.number(),
  caseloadMax: z.number(),
  ipsGrowEmploymentTarget: z.number(),
  usLcBands: z.array(z.number()),
  retention13Target: z.number(),
  programmeEmploymentTarget: z.number(),
  specialistJobStartsPerQuarter: z.number(),
  specialistEmploymentTarget: z.number(),
  suppressionThreshold: z.number(),
});
