/**
 * The Q-profile confidence interval for τ² (Viechtbauer 2007; metafor's confint): the τ² at which the
 * generalised Q(τ²) = Σ (yᵢ − xᵢβ(τ²))²/(vᵢ + τ²) equals the chi-square quantiles with k − p df.
 * Q falls as τ² grows, so each bound is one root, found by bisection on [0, max(100, 10 τ̂²)]; a bound
 * whose root lies below 0 is 0, one above the search range is the range's end (as in metafor).
 */
import { chiSquareQuantile } from './distributions.ts';
import type { Interval } from './types.ts';
import { type Design, weightedFit } from './weighted-fit.ts';

const LEVEL = 0.95;

export function tau2ConfidenceInterval(design: Design, tau2: number): Interval | null {
  const df = design.y.length - (design.X[0]?.length ?? 1);
  if (df < 1) return null;
  const q = (t: number) => weightedFit(design, t).rss;
  const max = Math.max(100, tau2 * 10);
  const upperCrit = chiSquareQuantile(1 - (1 - LEVEL) / 2, df);
  const lowerCrit = chiSquareQuantile((1 - LEVEL) / 2, df);
  const qMin = q(0);
  const qMax = q(max);
  const bound = (crit: number) => {
    if (qMin < crit) return 0;
    if (qMax > crit) return max;
    return root((t) => q(t) - crit, 0, max);
  };
  return { lower: bound(upperCrit), upper: bound(lowerCrit) };
}

/** The root of a decreasing f on [lo, hi], to the last bit. */
function root(f: (x: number) => number, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  for (let i = 0; i < 200 && b - a > 1e-15 * Math.max(1, b); i++) {
    const mid = (a + b) / 2;
    if (f(mid) > 0) a = mid;
    else b = mid;
  }
  return (a + b) / 2;
}
