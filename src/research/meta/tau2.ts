/**
 * Estimators of the between-study variance τ², as metafor's rma.uni computes them.
 * - DL (DerSimonian-Laird): (Q − (k − p)) / tr P at τ² = 0, truncated at 0.
 * - REML: Fisher scoring from the Hedges (HE) estimate, τ² += (y'P²y − tr P) / tr P², halving a
 *   step that would go below 0, until a step changes τ² by less than metafor's threshold 1e-5 (at
 *   most 100 steps); then metafor's check that τ² = 0 does not have the higher restricted likelihood.
 *   The same start, steps and stopping rule as metafor give the same iterate, so the figures agree
 *   far inside the threshold (tested to 1e-6 relative).
 */
import { AppError } from '../../domain/app-error.ts';
import { crossWeighted, logDeterminant } from './linalg.ts';
import { type Design, sum, traceP, traceP2, weightedFit } from './weighted-fit.ts';

export const REML_THRESHOLD = 1e-5;
const REML_MAX_ITER = 100;
/** metafor's con$tol (.Machine$double.eps^0.25), used in its likelihood check. */
const LL_TOLERANCE = 2 ** -13;

export function dersimonianLaird(design: Design): number {
  const fit = weightedFit(design, 0);
  const df = design.y.length - design.X[0]!.length;
  return Math.max(0, (fit.rss - df) / traceP(design, fit));
}

/** Hedges' estimator: the OLS residual variance less the average sampling variance it contains. */
export function hedges(design: Design): number {
  const ols = weightedFit(design, 0, () => 1);
  const V = crossWeighted(design.X, design.v);
  const ainvV = ols.Ainv.reduce(
    (s, row, i) => s + row.reduce((t, a, m) => t + a * (V[m]?.[i] as number), 0),
    0,
  );
  const df = design.y.length - design.X[0]!.length;
  return (ols.rss - (sum(design.v) - ainvV)) / df;
}

export function reml(design: Design): { tau2: number; iterations: number } {
  let tau2 = Math.max(0, hedges(design));
  let change = REML_THRESHOLD + 1;
  let iterations = 0;
  while (change > REML_THRESHOLD) {
    iterations += 1;
    if (iterations > REML_MAX_ITER) {
      const message = 'REML did not converge in 100 Fisher scoring steps; try method DL';
      throw AppError.validation([{ path: 'method', message }]);
    }
    const fit = weightedFit(design, tau2);
    const { trP2, yP2y } = traceP2(design, fit);
    let step = (yP2y - traceP(design, fit)) / trP2;
    if (Number.isNaN(step)) step = 0;
    while (tau2 + step < 0) step /= 2;
    const previous = tau2;
    tau2 += step;
    change = Math.abs(previous - tau2);
  }
  if (tau2 > REML_THRESHOLD && restrictedLogLik(design, 0) - restrictedLogLik(design, tau2) > LL_TOLERANCE) {
    tau2 = 0;
  }
  return { tau2: Math.max(0, tau2), iterations };
}

/** The restricted log-likelihood at τ² (constants that cancel in the comparison left out). */
function restrictedLogLik(design: Design, tau2: number): number {
  const fit = weightedFit(design, tau2);
  let logV = 0;
  for (const vi of design.v) logV += Math.log(vi + tau2);
  return -0.5 * logV - 0.5 * logDeterminant(fit.A) - 0.5 * fit.rss;
}
