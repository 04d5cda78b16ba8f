/**
 * Weighted least squares at a given τ²: weights wᵢ = 1/(vᵢ + τ²), β = (X'WX)⁻¹X'Wy. With
 * P = W − WX(X'WX)⁻¹X'W (metafor's P), the traces the estimators need are computed from p × p
 * matrices only: tr P = Σw − tr(A⁻¹X'W²X), tr P² = Σw² − 2 tr(A⁻¹X'W³X) + tr((A⁻¹X'W²X)²),
 * and y'Py = Σ wᵢ rᵢ², y'P²y = Σ (wᵢ rᵢ)² for the residuals r = y − Xβ.
 */
import { crossWeighted, crossWeightedY, inverse, type Matrix, multiply, multiplyVector } from './linalg.ts';

export interface Design {
  y: number[];
  v: number[];
  /** k rows of p columns, the first the intercept. */
  X: number[][];
}

export interface WeightedFit {
  w: Float64Array;
  A: Matrix;
  Ainv: Matrix;
  beta: number[];
  residuals: Float64Array;
  /** y'Py: the weighted residual sum of squares (Q at τ² = 0). */
  rss: number;
}

export function weightedFit(design: Design, tau2: number, weight?: (vi: number) => number): WeightedFit {
  const { y, v, X } = design;
  const w = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) w[i] = weight ? weight(v[i] as number) : 1 / ((v[i] as number) + tau2);
  const A = crossWeighted(X, w);
  const Ainv = inverse(A);
  const beta = multiplyVector(Ainv, crossWeightedY(X, w, y));
  const residuals = new Float64Array(y.length);
  let rss = 0;
  for (let i = 0; i < y.length; i++) {
    const r = (y[i] as number) - dot(X[i] as number[], beta);
    residuals[i] = r;
    rss += (w[i] as number) * r * r;
  }
  return { w, A, Ainv, beta, residuals, rss };
}

/** tr P. */
export function traceP(design: Design, fit: WeightedFit): number {
  return sum(fit.w) - trace(multiply(fit.Ainv, crossWeighted(design.X, power(fit.w, 2))));
}

/** tr P² and y'P²y, for REML's Fisher scoring. */
export function traceP2(design: Design, fit: WeightedFit): { trP2: number; yP2y: number } {
  const AinvB = multiply(fit.Ainv, crossWeighted(design.X, power(fit.w, 2)));
  const AinvC = multiply(fit.Ainv, crossWeighted(design.X, power(fit.w, 3)));
  const trP2 = sum(power(fit.w, 2)) - 2 * trace(AinvC) + trace(multiply(AinvB, AinvB));
  let yP2y = 0;
  fit.residuals.forEach((r, i) => {
    yP2y += ((fit.w[i] as number) * r) ** 2;
  });
  return { trP2, yP2y };
}

export const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
};

export const sum = (a: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] as number;
  return s;
};

const power = (w: Float64Array, n: number) => w.map((x) => x ** n);
const trace = (A: Matrix) => A.reduce((s, row, i) => s + (row[i] as number), 0);
