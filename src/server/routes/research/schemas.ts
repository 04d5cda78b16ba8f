import { z } from 'zod';

const Label = z.string().min(1).max(80);

export const MetaAnalysisBody = z.object({
  csv: z
    .string()
    .min(1, 'paste or upload a CSV file')
    .max(2_000_000, 'the CSV may be at most 2 MB')
    .describe('header study,events_t,n_t,events_c,n_c and any moderator columns, one trial a row'),
  measure: z.enum(['RR', 'OR', 'RD']),
  method: z.enum(['FE', 'MH', 'DL', 'REML']),
  hksj: z.boolean().default(false),
  mods: z.array(z.string().min(1).max(64)).max(10).default([]),
  labels: z
    .object({ forestTitle: Label, funnelTitle: Label, pooled: Label, egger: Label })
    .describe("the plots' texts in the page's language"),
});

const Interval = z.object({ lower: z.number(), upper: z.number() });
const numbers = z.array(z.number());

export const MetaAnalysisResponse = z.object({
  result: z.object({
    options: z.object({
      measure: z.enum(['RR', 'OR', 'RD']),
      method: z.enum(['FE', 'MH', 'DL', 'REML']),
      hksj: z.boolean(),
      mods: z.array(z.string()),
    }),
    k: z.number().int(),
    dropped: z.array(z.string()),
    studies: z.array(
      z.object({
        study: z.string(),
        yi: z.number(),
        vi: z.number(),
        lower: z.number(),
        upper: z.number(),
        weight: z.number(),
      }),
    ),
    coefficients: z.object({
      names: z.array(z.string()),
      estimate: numbers,
      se: numbers,
      stat: numbers,
      p: numbers,
      lower: numbers,
      upper: numbers,
    }),
    df: z.number().nullable(),
    tau2: z.number(),
    tau2Ci: Interval.nullable(),
    heterogeneity: z.object({
      Q: z.number(),
      Qdf: z.number(),
      Qp: z.number(),
      I2: z.number(),
      H2: z.number(),
    }),
    predictionInterval: Interval.nullable(),
    moderatorTest: z
      .object({ stat: z.number(), df1: z.number(), df2: z.number().nullable(), p: z.number() })
      .nullable(),
    R2: z.number().nullable(),
    egger: z
      .object({
        stat: z.number(),
        p: z.number(),
        df: z.number().nullable(),
        limit: z.number(),
        lower: z.number(),
        upper: z.number(),
      })
      .nullable(),
  }),
  forestSvg: z.string(),
  funnelSvg: z.string(),
  forestPng: z.string().describe('base64'),
  funnelPng: z.string().describe('base64'),
  csv: z.string().describe('the study rows and the pooled estimate, ratio scale for RR and OR'),
});
