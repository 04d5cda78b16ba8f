/**
 * The inverse-variance model (metafor's rma.uni): fixed effect (τ² = 0), or random effects with τ²
 * from DL or REML, optionally with moderators; with Knapp-Hartung (`hksj`) the covariance is scaled by
 * s² = Σwᵢrᵢ²/(k − p) (not truncated at 1: metafor's test = "knha") and tests use t with k − p df.
 * Heterogeneity Q is computed at τ² = 0; I² = τ²/(τ² + ṽ) with the typical variance ṽ = (k − p)/tr P,
 * or (Q − df)/Q for the fixed-effect model; H² likewise.
 */
import { chiSquareTails, fUpper, normalQuantile, tQuantile, twoSidedT, twoSidedZ } from './distributions.ts';
import { inverse, type Matrix, submatrix } from './linalg.ts';
import { dersimonianLaird, reml } from './tau2.ts';
import type { Coefficients, Heterogeneity, Interval } from './types.ts';
import { type Design, dot, traceP, weightedFit } from './weighted-fit.ts';

export type InverseVarianceMethod = 'FE' | 'DL' | 'REML';

export interface ModelOptions {
  method: InverseVarianceMethod;
  hksj: boolean;
  names: string[];
}

export interface ModelFit {
  k: number;
  tau2: number;
  coefficients: Coefficients;
  vb: Matrix;
  /** Degrees of freedom of the t tests (Knapp-Hartung), or null for z tests. */
  df: number | null;
  heterogeneity: Heterogeneity;
  /** Omnibus test of the moderators (all coefficients but the intercept): chi-square, or F under HKSJ. */
  moderatorTest: { stat: number; df1: number; df2: number | null; p: number } | null;
  /** Prediction interval for a new study (intercept-only random-effects models). */
  predictionInterval: Interval | null;
}

const LEVEL = 0.95;

export function fitModel(design: Design, options: ModelOptions): ModelFit {
  const k = design.y.length;
  const p = design.X[0]?.length ?? 1;
  const single = k === 1;
  const tau2 = single ? 0 : estimateTau2(design, options.method);
  const fit = weightedFit(design, tau2);
  const hksj = options.hksj && !single && k > p;
  const s2 = hksj ? (fit.rss <= Number.EPSILON ? 0 : fit.rss / (k - p)) : 1;
  const vb = fit.Ainv.map((row) => row.map((x) => x * s2));
  const df = hksj ? k - p : null;
  const coefficients = coefficientsOf(fit.beta, vb, df, options.names);
  return {
    k,
    tau2,
    coefficients,
    vb,
    df,
    heterogeneity: heterogeneity(design, tau2, options.method),
    moderatorTest: p > 1 ? moderatorTest(fit.beta, vb, df) : null,
    predictionInterval:
      p === 1 && options.method !== 'FE' ? predictionInterval(coefficients, tau2, df) : null,
  };
}

export function estimateTau2(design: Design, method: InverseVarianceMethod): number {
  if (method === 'FE') return 0;
  return method === 'DL' ? dersimonianLaird(design) : reml(design).tau2;
}

export function coefficientsOf(beta: number[], vb: Matrix, df: number | null, names: string[]): Coefficients {
  const se = beta.map((_, i) => Math.sqrt(vb[i]?.[i] as number));
  const stat = beta.map((b, i) => b / (se[i] as number));
  const crit = criticalValue(df);
  return {
    names,
    estimate: beta,
    se,
    stat,
    p: stat.map((s) => (df === null ? twoSidedZ(s) : twoSidedT(s, df))),
    lower: beta.map((b, i) => b - crit * (se[i] as number)),
    upper: beta.map((b, i) => b + crit * (se[i] as number)),
  };
}

export const criticalValue = (df: number | null) =>
  df === null ? normalQuantile(1 - (1 - LEVEL) / 2) : tQuantile(1 - (1 - LEVEL) / 2, df);

function heterogeneity(design: Design, tau2: number, method: InverseVarianceMethod): Heterogeneity {
  const k = design.y.length;
  const p = design.X[0]?.length ?? 1;
  if (k <= p) return { Q: 0, Qdf: 0, Qp: 1, I2: 0, H2: 1 };
  const fixed = weightedFit(design, 0);
  const Q = Math.max(0, fixed.rss);
  const Qdf = k - p;
  const Qp = chiSquareTails(Q, Qdf).upper;
  if (method === 'FE') return { Q, Qdf, Qp, I2: Math.max(0, (100 * (Q - Qdf)) / Q), H2: Q / Qdf };
  const typical = Qdf / traceP(design, fixed);
  return { Q, Qdf, Qp, I2: (100 * tau2) / (typical + tau2), H2: tau2 / typical + 1 };
}

function moderatorTest(beta: number[], vb: Matrix, df: number | null) {
  const indices = beta.map((_, i) => i).slice(1);
  const b = indices.map((i) => beta[i] as number);
  const inv = inverse(submatrix(vb, indices));
  const quadratic = dot(
    b,
    inv.map((row) => dot(row, b)),
  );
  const m = indices.length;
  if (df === null) return { stat: quadratic, df1: m, df2: null, p: chiSquareTails(quadratic, m).upper };
  return { stat: quadratic / m, df1: m, df2: df, p: fUpper(quadratic / m, m, df) };
}

function predictionInterval(c: Coefficients, tau2: number, df: number | null): Interval {
  const estimate = c.estimate[0] as number;
  const half = criticalValue(df) * Math.sqrt((c.se[0] as number) ** 2 + tau2);
  return { lower: estimate - half, upper: estimate + half };
}
