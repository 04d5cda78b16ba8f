/**
 * The Mantel-Haenszel pooled estimate (metafor's rma.mh) on the raw counts of every study (no
 * continuity correction; a study without events adds nothing to a ratio but counts for RD), with the
 * Robins-Breslow-Greenland variance for OR and Greenland-Robins variances for RR and RD. Q, I² and H²
 * come from the study outcomes (effect-sizes.ts) around the MH estimate.
 */
import { AppError } from '../../domain/app-error.ts';
import { chiSquareTails } from './distributions.ts';
import type { Outcome } from './effect-sizes.ts';
import { coefficientsOf } from './rma.ts';
import type { Coefficients, Heterogeneity, Measure, Study } from './types.ts';

export interface MantelHaenszelFit {
  k: number;
  coefficients: Coefficients;
  heterogeneity: Heterogeneity;
}

export function mantelHaenszel(studies: Study[], outcomes: Outcome[], measure: Measure): MantelHaenszelFit {
  const { estimate, variance } = pooled(studies, measure);
  const coefficients = coefficientsOf([estimate], [[variance]], null, ['intrcpt']);
  return { k: studies.length, coefficients, heterogeneity: heterogeneityAround(outcomes, estimate) };
}

function pooled(studies: Study[], measure: Measure): { estimate: number; variance: number } {
  const tables = studies.map((s) => ({
    a: s.eventsT,
    b: s.nT - s.eventsT,
    c: s.eventsC,
    d: s.nC - s.eventsC,
    n1: s.nT,
    n2: s.nC,
    N: s.nT + s.nC,
  }));
  const total = (f: (t: (typeof tables)[number]) => number) => tables.reduce((s, t) => s + f(t), 0);
  if (measure === 'RD') {
    const weight = total((t) => (t.n1 * t.n2) / t.N);
    const estimate = total((t) => (t.a * t.n2 - t.c * t.n1) / t.N) / weight;
    const numerator =
      estimate *
        total(
          (t) =>
            t.c * (t.n1 / t.N) ** 2 -
            t.a * (t.n2 / t.N) ** 2 +
            ((t.n1 / t.N) * (t.n2 / t.N) * (t.n2 - t.n1)) / 2,
        ) +
      total((t) => (t.a * (t.n2 - t.c)) / t.N + (t.c * (t.n1 - t.a)) / t.N) / 2;
    return { estimate, variance: numerator / weight ** 2 };
  }
  if (total((t) => t.a) === 0 || total((t) => t.c) === 0) {
    const message = 'Mantel-Haenszel needs events in both arms of at least one study';
    throw AppError.validation([{ path: 'events_t', message }]);
  }
  if (measure === 'RR') {
    const R = total((t) => (t.a * t.n2) / t.N);
    const S = total((t) => (t.c * t.n1) / t.N);
    const variance = total((t) => (t.n1 / t.N) * (t.n2 / t.N) * (t.a + t.c) - (t.a / t.N) * t.c) / (R * S);
    return { estimate: Math.log(R / S), variance };
  }
  const rows = tables.map((t) => ({
    P: (t.a + t.d) / t.N,
    Q: (t.b + t.c) / t.N,
    R: (t.a / t.N) * t.d,
    S: (t.b / t.N) * t.c,
  }));
  const R = rows.reduce((s, r) => s + r.R, 0);
  const S = rows.reduce((s, r) => s + r.S, 0);
  if (R === 0 || S === 0)
    throw AppError.validation([{ path: 'events_t', message: 'odds ratio undefined for every study' }]);
  const sumOf = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
  const variance =
    0.5 *
    (sumOf((r) => r.P * r.R) / R ** 2 +
      sumOf((r) => r.P * r.S + r.Q * r.R) / (R * S) +
      sumOf((r) => r.Q * r.S) / S ** 2);
  return { estimate: Math.log(R / S), variance };
}

function heterogeneityAround(outcomes: Outcome[], estimate: number): Heterogeneity {
  const k = outcomes.length;
  if (k <= 1) return { Q: 0, Qdf: 0, Qp: 1, I2: 0, H2: 1 };
  const Q = Math.max(
    0,
    outcomes.reduce((s, o) => s + (o.yi - estimate) ** 2 / o.vi, 0),
  );
  const Qdf = k - 1;
  return { Q, Qdf, Qp: chiSquareTails(Q, Qdf).upper, I2: Math.max(0, (100 * (Q - Qdf)) / Q), H2: Q / Qdf };
}
