import { describe, expect, it } from 'vitest';
import {
  chiSquareQuantile,
  chiSquareTails,
  fUpper,
  normalCdf,
  normalQuantile,
  tCdf,
  tQuantile,
} from './distributions.ts';
import reference from './reference/metafor-reference.json' with { type: 'json' };

const d = reference.distributions;
const close = (actual: number, expected: number, tolerance = 1e-10) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected) + 1e-300);

describe('distribution functions agree with R to 1e-10 relative', () => {
  it('normal cdf and quantile', () => {
    d.x.forEach((x, i) => close(normalCdf(x), d.pnorm[i] as number));
    d.p.forEach((p, i) => close(normalQuantile(p), d.qnorm[i] as number));
  });

  it('t cdf and quantile', () => {
    d.df.forEach((df, j) => {
      d.x.forEach((x, i) => close(tCdf(x, df), d.pt[j]?.[i] as number));
      d.p.forEach((p, i) => close(tQuantile(p, df), d.qt[j]?.[i] as number));
    });
  });

  it('chi-square tails and quantile, F upper tail', () => {
    d.df.forEach((df, j) => {
      d.x.forEach((x, i) => {
        const tails = chiSquareTails((Math.abs(x) * df) / 2, df);
        close(tails.lower, d.pchisq[j]?.[i] as number);
        close(tails.upper, d.upper_pchisq[j]?.[i] as number);
        close(fUpper(Math.abs(x), 2, df), d.upper_pf[j]?.[i] as number);
      });
      d.p.forEach((p, i) => close(chiSquareQuantile(p, df), d.qchisq[j]?.[i] as number));
    });
  });
});
