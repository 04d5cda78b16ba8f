import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyArb } from '../../../test/support/outcome-arbitraries.ts';
import { ACTIVITY, PEOPLE, SPECIALISTS } from '../../../test/support/outcome-scenario.ts';
import { countUnit } from './count-unit.ts';
import { sumCounts } from './counts.ts';
import { publishedFiguresOf } from './published.ts';
import { DEFAULT_OUTCOME_SETTINGS as S } from './targets.ts';

const scenario = () =>
  countUnit(PEOPLE, ACTIVITY, '2026Q1', S, { asOf: '2026-06-30', specialists: SPECIALISTS });

/** Figures that are not counts of people: shares, means, weeks, minutes. */
const NOT_COUNTS = new Set([
  'value',
  'meanHoursPerWeek',
  'perSpecialist',
  'perFte',
  'communityShare',
  'annualTurnover',
  'meanServiceYearsAtEnd',
  'shareCensored',
  'medianWeeks',
]);

/** Every shown count of people in published figures, and every shown share with its counts. */
function walk(node: unknown, key: string, counts: number[], rates: { num: number; den: number }[]): void {
  if (typeof node !== 'object' || node === null) return;
  const o = node as Record<string, unknown>;
  if ('suppressed' in o) {
    if (!o.suppressed && !NOT_COUNTS.has(key) && typeof o.value === 'number') counts.push(o.value);
    return;
  }
  if ('atRisk' in o && typeof o.atRisk === 'number') counts.push(o.atRisk);
  const rate = o as {
    value?: { suppressed: boolean };
    numerator?: { value: number };
    denominator?: { value: number };
  };
  if (rate.value && !rate.value.suppressed && rate.numerator && rate.denominator) {
    rates.push({ num: rate.numerator.value, den: rate.denominator.value });
  }
  for (const [k, v] of Object.entries(o)) walk(v, k, counts, rates);
}

describe('publishedFiguresOf', () => {
  it('withholds every figure of the small constructed programme that would show fewer than 5', () => {
    const p = publishedFiguresOf(scenario(), S, '2026Q1', 5);
    expect(p.activeCaseload).toEqual({ value: 6, suppressed: false });
    // 2 of 4 out of work at referral, 4 of 6 in all: the counts are small, so are the shares.
    expect(p.employmentRate.ipsGrow.value.suppressed).toBe(true);
    expect(p.employmentRate.usLearningCommunity).toMatchObject({
      value: { suppressed: true },
      band: null,
      target: null,
    });
    expect(p.tenure.curve).toEqual([]);
    expect(p.referrals.total.suppressed).toBe(true);
  });

  it('shows the figures of a programme ten times as large, with their bands', () => {
    const p = publishedFiguresOf(sumCounts(Array.from({ length: 10 }, scenario)), S, '2026Q1', 5);
    expect(p.employmentRate.usLearningCommunity).toMatchObject({
      value: { value: 40 / 60, suppressed: false },
      numerator: { value: 40 },
      band: 'exceptional',
    });
    expect(p.employmentRate.ipsGrow).toMatchObject({ value: { value: 0.5 }, target: 'met' });
    expect(p.tenure.medianWeeks).toEqual({ value: 5, suppressed: false });
    expect(p.tenure.curve.map((x) => x.week)).toEqual([0, 5]);
  });

  it('refuses a threshold below 3', () => {
    expect(() => publishedFiguresOf(scenario(), S, '2026Q1', 2)).toThrow(
      /suppressionThreshold must be at least 3/,
    );
  });

  it('never shows a count of people between 1 and the threshold, nor a share whose complement is one', () => {
    const histories = fc.array(historyArb, { maxLength: 25 });
    fc.assert(
      fc.property(
        histories,
        fc.integer({ min: 3, max: 8 }),
        fc.constantFrom('2025Q4', '2026'),
        (hs, t, period) => {
          const p = publishedFiguresOf(countUnit(hs, [], period, S, { asOf: '2026-12-31' }), S, period, t);
          const counts: number[] = [];
          const rates: { num: number; den: number }[] = [];
          walk(p, '', counts, rates);
          for (const n of counts)
            expect(n === 0 || n >= t, `a shown count of ${n} with threshold ${t}`).toBe(true);
          for (const r of rates) expect(r.den - r.num === 0 || r.den - r.num >= t).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
