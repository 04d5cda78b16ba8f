import { z } from 'zod';
import { SENSITIVITY_OUTCOMES } from '../../../domain/research/economics.ts';
import { ECONOMICS_PARAMS, type EconomicsParam } from '../../../domain/research/economics-params.ts';
import { Uuid } from '../common-schemas.ts';

export const ProjectParams = z.object({ projectId: Uuid });

export const ProjectList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      title: z.string(),
      institution: z.string(),
      approvedUntil: z.string(),
    }),
  ),
});

export const RegisterStatus = z.object({
  state: z.enum(['absent', 'running', 'ready', 'failed']),
  done: z.number().int(),
  total: z.number().int(),
  persons: z.number().int(),
});

const Label = z.string().min(1).max(120);
const Language = z.enum(['nb', 'en']).describe("the page's language: the note printed on the plots");

export const AnalysisBody = z.object({
  roundingBase: z.number().int().min(1).max(100).default(5).describe('counts are rounded to a multiple'),
  threshold: z
    .number()
    .int()
    .max(1000)
    .optional()
    .describe('withhold figures on fewer persons; at least the platform threshold (its value if left out)'),
  language: Language,
  labels: z
    .object({
      benefitTitle: Label,
      healthTitle: Label,
      xAxis: Label,
      benefitAxis: Label,
      healthAxis: Label,
    })
    .describe("the plots' texts in the page's language"),
});

const Count = z.number().nullable();
const Published = {
  estimate: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  nParticipants: Count,
  nControls: Count,
  suppressed: z.boolean(),
};
const Outcome = z.enum(['benefit_dependency', 'health_contacts']);
const Note = z.object({ nb: z.string(), en: z.string() });
const Plot = z.object({ svg: z.string(), png: z.string().describe('base64') });

export const AnalysisResponse = z.object({
  participants: Count,
  matchedParticipants: Count,
  controls: Count,
  did: z.array(
    z.object({
      outcome: Outcome,
      groupBy: z.enum(['all', 'region', 'track']),
      groupValue: z.string(),
      ...Published,
    }),
  ),
  eventStudy: z.array(z.object({ outcome: Outcome, rel: z.number().int(), ...Published })),
  disclosure: z.object({ threshold: z.number().int(), roundingBase: z.number().int(), note: Note }),
  plots: z.object({ benefit: Plot, health: Plot }),
  csv: z.object({ did: z.string(), eventStudy: z.string() }).describe('each ends with the disclosure note'),
});

const paramShape = Object.fromEntries(ECONOMICS_PARAMS.map((p) => [p, z.number().optional()])) as Record<
  EconomicsParam,
  z.ZodOptional<z.ZodNumber>
>;
const fullParams = Object.fromEntries(ECONOMICS_PARAMS.map((p) => [p, z.number()])) as Record<
  EconomicsParam,
  z.ZodNumber
>;

export const EconomicsBody = z.object({
  params: z
    .object(paramShape)
    .strict()
    .default({})
    .describe('the values that replace the defaults; each is checked against its range (400 naming it)'),
  participants: z.number().int().min(1).max(1_000_000).optional(),
  outcome: z.enum(SENSITIVITY_OUTCOMES).default('netCostPerParticipant'),
  language: Language,
  labels: z.object({
    title: Label,
    low: Label,
    high: Label,
    base: Label,
    params: z.object(
      Object.fromEntries(ECONOMICS_PARAMS.map((p) => [p, Label])) as Record<EconomicsParam, typeof Label>,
    ),
  }),
});

const Money = z.number().nullable();

export const EconomicsResponse = z.object({
  params: z.object(fullParams),
  sources: z.object(
    Object.fromEntries(ECONOMICS_PARAMS.map((p) => [p, z.enum(['given', 'analysis', 'default'])])) as Record<
      EconomicsParam,
      z.ZodEnum<{ given: 'given'; analysis: 'analysis'; default: 'default' }>
    >,
  ),
  result: z.object({
    costPerFteYear: z.number(),
    costPerParticipant: z.number(),
    costPerJobStart: Money,
    costPerAdditionalEmployed: Money,
    benefitMonthsSavedPerParticipant: z.number(),
    monthlyBenefit: z.number(),
    savingsPerParticipant: z.number(),
    netCostPerParticipant: z.number(),
    participants: z.number(),
    totalCost: z.number(),
    totalSavings: z.number(),
    totalNetCost: z.number(),
  }),
  sensitivity: z.object({
    outcome: z.enum(SENSITIVITY_OUTCOMES),
    base: z.number().nullable(),
    rows: z.array(
      z.object({
        param: z.enum(ECONOMICS_PARAMS),
        low: z.number(),
        high: z.number(),
        atLow: z.number(),
        atHigh: z.number(),
        swing: z.number(),
      }),
    ),
  }),
  note: Note.nullable().describe('the disclosure note of the analysis the effects came from; null: none run'),
  tornado: Plot,
  csv: z.string(),
});
