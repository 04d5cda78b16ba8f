/**
 * Egger's regression test for funnel-plot asymmetry, as metafor's regtest (model "rma", predictor
 * "sei"): the same model with the standard error as an extra moderator; its coefficient's test is the
 * test, and the intercept is the limit estimate (the effect of an infinitely large study).
 * Leave-one-out: the same analysis on every set of k − 1 studies.
 */
import type { Outcome } from './effect-sizes.ts';
import { fitModel, type InverseVarianceMethod } from './rma.ts';
import type { Design } from './weighted-fit.ts';

export interface EggerTest {
  stat: number;
  p: number;
  df: number | null;
  limit: number;
  lower: number;
  upper: number;
}

export function eggerTest(design: Design, method: InverseVarianceMethod, hksj: boolean): EggerTest | null {
  const p = design.X[0]?.length ?? 1;
  if (design.y.length < p + 2) return null;
  const X = design.X.map((row, i) => [...row, Math.sqrt(design.v[i] as number)]);
  const fit = fitModel({ ...design, X }, { method, hksj, names: [] });
  const c = fit.coefficients;
  return {
    stat: c.stat[p] as number,
    p: c.p[p] as number,
    df: fit.df,
    limit: c.estimate[0] as number,
    lower: c.lower[0] as number,
    upper: c.upper[0] as number,
  };
}

export function leaveOneOut<T>(outcomes: Outcome[], analyse: (subset: Outcome[], omitted: number) => T): T[] {
  if (outcomes.length < 2) return [];
  return outcomes.map((_, i) =>
    analyse(
      outcomes.filter((__, j) => j !== i),
      i,
    ),
  );
}
