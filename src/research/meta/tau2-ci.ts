/**
 * The Q-profile confidence interval for τ² (Viechtbauer 2007; metafor's confint): the τ² at which the
 * generalised Q(τ²) = Σ (yᵢ − xᵢβ(τ²))²/(vᵢ + τ²) equals the chi-square quantiles with k − p df.
 * Q falls as τ² grows, so each bound is one root, found by Brent's method on [0, max(100, 10 τ̂²)]; a bound
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
    const [lo, hi] = bracket((t) => q(t) > crit, tau2 > 0 ? tau2 : max * 1e-6, max);
    return root((t) => q(t) - crit, lo, hi);
  };
  return { lower: bound(upperCrit), upper: bound(lowerCrit) };
}

/**
 * A short bracket [lo, hi] where `above` turns from true to false (Q falls as τ² grows), found by
 * steps of ×4 from a start near τ̂², so Brent's method starts close instead of on [0, max].
 */
function bracket(above: (t: number) => boolean, start: number, max: number): [number, number] {
  let lo = start;
  let hi = start;
  if (above(start)) {
    while (above(hi) && hi < max) {
      lo = hi;
      hi = Math.min(max, hi * 4);
    }
    return [lo, hi];
  }
  while (!above(lo) && lo > 1e-12 * max) {
    hi = lo;
    lo /= 4;
  }
  return above(lo) ? [lo, hi] : [0, hi];
}

/**
 * The root of f on [lo, hi] (f(lo) and f(hi) of opposite signs) by Brent's method, as R's uniroot:
 * inverse quadratic interpolation or secant steps, bisection when they stall, to 1e-14 absolute.
 */
function root(f: (x: number) => number, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  let fa = f(a);
  let fb = f(b);
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let i = 0; i < 200; i++) {
    if (Math.abs(fc) < Math.abs(fb)) {
      [a, b, c] = [b, c, b];
      [fa, fb, fc] = [fb, fc, fb];
    }
    const tolerance = 2 * Number.EPSILON * Math.abs(b) + 0.5e-14;
    const half = (c - b) / 2;
    if (Math.abs(half) <= tolerance || fb === 0) return b;
    if (Math.abs(e) >= tolerance && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * half * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * half * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * half * q - Math.abs(tolerance * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = half;
        e = d;
      }
    } else {
      d = half;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tolerance ? d : half > 0 ? tolerance : -tolerance;
    fb = f(b);
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
  }
  return b;
}
