/**
 * One meta-analysis from validated studies and options: study outcomes, the pooled model (FE, MH,
 * DL or REML; Knapp-Hartung on request; moderators for the inverse-variance methods), τ² with its
 * Q-profile CI, heterogeneity, prediction interval, R² of a meta-regression, Egger's test and
 * leave-one-out. Ratio measures are estimated on the log scale; `ratio` gives them back exponentiated.
 */
import { AppError } from '../../domain/app-error.ts';
import { type Outcome, outcomes as outcomesOf } from './effect-sizes.ts';
import { type MantelHaenszelFit, mantelHaenszel } from './mantel-haenszel.ts';
import { fitModel, type ModelFit } from './rma.ts';
import { type EggerTest, eggerTest, leaveOneOut } from './sensitivity.ts';
import { tau2ConfidenceInterval } from './tau2-ci.ts';
import type { Coefficients, Heterogeneity, Interval, Measure, Method, Study } from './types.ts';
import type { Design } from './weighted-fit.ts';

export interface MetaOptions {
  measure: Measure;
  method: Method;
  hksj: boolean;
  mods: string[];
}

export interface StudyResult {
  study: string;
  yi: number;
  vi: number;
  lower: number;
  upper: number;
  /** Share of the total weight in the pooled model, percent. */
  weight: number;
}

export interface LeaveOneOutRow {
  omitted: string;
  estimate: number;
  se: number;
  stat: number;
  p: number;
  lower: number;
  upper: number;
  Q: number;
  Qp: number;
  tau2: number;
  I2: number;
  H2: number;
}

export interface MetaResult {
  options: MetaOptions;
  k: number;
  /** Studies with no events (or only events) in both arms, left out of a ratio measure. */
  dropped: string[];
  studies: StudyResult[];
  coefficients: Coefficients;
  df: number | null;
  tau2: number;
  tau2Ci: Interval | null;
  heterogeneity: Heterogeneity;
  predictionInterval: Interval | null;
  moderatorTest: ModelFit['moderatorTest'];
  /** Percent of τ² explained by the moderators (pseudo-R²), null without moderators. */
  R2: number | null;
  egger: EggerTest | null;
  leaveOneOut: LeaveOneOutRow[];
}

const Z975 = 1.959963984540054;

export function analyse(studies: Study[], options: MetaOptions): MetaResult {
  if (options.method === 'MH' && options.mods.length > 0) {
    throw AppError.validation([{ path: 'mods', message: 'moderators need method FE, DL or REML, not MH' }]);
  }
  const outcomes = outcomesOf(studies, options.measure);
  if (outcomes.length === 0) {
    throw AppError.validation([{ path: 'events_t', message: 'no study has events in either arm' }]);
  }
  const dropped = studies.filter((s) => !outcomes.some((o) => o.study === s)).map((s) => s.study);
  const design = designOf(outcomes, options.mods);
  const ivMethod = options.method === 'MH' ? 'FE' : options.method;
  const fit =
    options.method === 'MH'
      ? mhAsModel(mantelHaenszel(studies, outcomes, options.measure))
      : fitModel(design, { ...options, method: ivMethod, names: design.names });
  return {
    options,
    k: fit.k,
    dropped,
    studies: studyRows(outcomes, fit.tau2),
    coefficients: fit.coefficients,
    df: fit.df,
    tau2: fit.tau2,
    tau2Ci: ivMethod === 'FE' ? null : tau2ConfidenceInterval(design, fit.tau2),
    heterogeneity: fit.heterogeneity,
    predictionInterval: fit.predictionInterval,
    moderatorTest: fit.moderatorTest,
    R2: options.mods.length > 0 ? pseudoR2(design, fit, { ...options, method: ivMethod }) : null,
    egger: eggerTest(design, ivMethod, options.hksj),
    leaveOneOut: options.mods.length > 0 ? [] : leaveOneOutRows(studies, outcomes, options),
  };
}

export interface ModerableDesign extends Design {
  names: string[];
}

export function designOf(outcomes: Outcome[], mods: string[]): ModerableDesign {
  return {
    y: outcomes.map((o) => o.yi),
    v: outcomes.map((o) => o.vi),
    X: outcomes.map((o) => [1, ...mods.map((m) => o.study.moderators[m] as number)]),
    names: ['intrcpt', ...mods],
  };
}

function mhAsModel(mh: MantelHaenszelFit): ModelFit {
  return {
    k: mh.k,
    tau2: 0,
    coefficients: mh.coefficients,
    vb: [[(mh.coefficients.se[0] as number) ** 2]],
    df: null,
    heterogeneity: mh.heterogeneity,
    moderatorTest: null,
    predictionInterval: null,
  };
}

function studyRows(outcomes: Outcome[], tau2: number): StudyResult[] {
  const weights = outcomes.map((o) => 1 / (o.vi + tau2));
  const total = weights.reduce((s, w) => s + w, 0);
  return outcomes.map((o, i) => {
    const half = Z975 * Math.sqrt(o.vi);
    return {
      study: o.study.study,
      yi: o.yi,
      vi: o.vi,
      lower: o.yi - half,
      upper: o.yi + half,
      weight: (100 * (weights[i] as number)) / total,
    };
  });
}

/** metafor's R²: the share of the intercept-only model's τ² the moderators explain (weighted adjusted R² for FE). */
function pseudoR2(
  design: ModerableDesign,
  fit: ModelFit,
  options: MetaOptions & { method: 'FE' | 'DL' | 'REML' },
): number {
  if (options.method === 'FE') return weightedAdjustedR2(design, fit);
  const base = fitModel(
    { ...design, X: design.X.map(() => [1]) },
    { method: options.method, hksj: options.hksj, names: ['intrcpt'] },
  );
  return base.tau2 === 0 ? 0 : Math.max(0, (100 * (base.tau2 - fit.tau2)) / base.tau2);
}

function weightedAdjustedR2(design: ModerableDesign, fit: ModelFit): number {
  const w = design.v.map((v) => 1 / v);
  const total = w.reduce((s, x) => s + x, 0);
  const mean = design.y.reduce((s, y, i) => s + (w[i] as number) * y, 0) / total;
  const tss = design.y.reduce((s, y, i) => s + (w[i] as number) * (y - mean) ** 2, 0);
  const beta = fit.coefficients.estimate;
  const rss = design.y.reduce(
    (s, y, i) =>
      s +
      (w[i] as number) *
        (y - (design.X[i] as number[]).reduce((t, x, c) => t + x * (beta[c] as number), 0)) ** 2,
    0,
  );
  const k = design.y.length;
  const adjusted = 1 - ((rss / tss) * (k - 1)) / (k - beta.length);
  return tss === 0 ? 0 : Math.max(0, 100 * adjusted);
}

function leaveOneOutRows(studies: Study[], outcomes: Outcome[], options: MetaOptions): LeaveOneOutRow[] {
  return leaveOneOut(outcomes, (subset, omitted) => {
    const kept = studies.filter((s) => subset.some((o) => o.study === s));
    const fit =
      options.method === 'MH'
        ? mhAsModel(mantelHaenszel(kept, subset, options.measure))
        : fitModel(designOf(subset, []), { method: options.method, hksj: options.hksj, names: ['intrcpt'] });
    const c = fit.coefficients;
    const h = fit.heterogeneity;
    return {
      omitted: (outcomes[omitted] as Outcome).study.study,
      estimate: c.estimate[0] as number,
      se: c.se[0] as number,
      stat: c.stat[0] as number,
      p: c.p[0] as number,
      lower: c.lower[0] as number,
      upper: c.upper[0] as number,
      Q: h.Q,
      Qp: h.Qp,
      tau2: fit.tau2,
      I2: h.I2,
      H2: h.H2,
    };
  });
}
