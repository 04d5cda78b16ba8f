import { describe, expect, it } from 'vitest';
import {
  BENEFIT_RULE_TEXT,
  BENEFITS_MODEL_VERSION,
  type BenefitInput,
  benefitStatusOn,
  benefitsRunningOn,
  estimateBenefits,
  G_2025,
} from './benefits.ts';

const one = (
  benefit: string,
  monthlyAmount: number | null,
  hoursPerWeek: number,
  hourlyWage = 200,
  g?: number,
) => estimateBenefits({ benefits: [{ benefit, monthlyAmount }], hoursPerWeek, hourlyWage, g }).benefits[0];

describe('benefits estimate', () => {
  it('works out monthly earnings as hours × wage × 52 ÷ 12, in whole kroner', () => {
    // 20 × 200 × 52 ÷ 12 = 17 333.33
    expect(estimateBenefits({ benefits: [], hoursPerWeek: 20, hourlyWage: 200 }).monthlyEarnings).toBe(17333);
    // 7 × 199 × 52 ÷ 12 = 6 036.33
    expect(estimateBenefits({ benefits: [], hoursPerWeek: 7, hourlyWage: 199 }).monthlyEarnings).toBe(6036);
  });

  it('grades AAP by hours and stops it above 22.5 hours a week', () => {
    // 20 000 × (1 − 15 ÷ 37.5) = 12 000
    expect(one('aap', 20000, 15)).toEqual({
      benefit: 'aap',
      monthlyBefore: 20000,
      monthlyAfter: 12000,
      rule: 'aap_graded',
    });
    // exactly 60 %: 20 000 × 0.4 = 8 000, still graded
    expect(one('aap', 20000, 22.5)).toMatchObject({ monthlyAfter: 8000, rule: 'aap_graded' });
    expect(one('aap', 20000, 23)).toMatchObject({ monthlyAfter: 0, rule: 'aap_stops' });
  });

  it('reduces uføretrygd only by earnings above 0.4 G a year', () => {
    expect(G_2025).toBe(130160);
    // 4 × 200 × 52 = 41 600 a year, under 0.4 G = 52 064: no change
    expect(one('uforetrygd', 25000, 4)).toMatchObject({
      monthlyAfter: 25000,
      rule: 'uforetrygd_income_limit',
    });
    // 10 × 250 × 52 = 130 000; excess 77 936; ÷ 12 × 0.66 = 4 286.48; 25 000 − 4 286.48 = 20 713.52
    expect(one('uforetrygd', 25000, 10, 250)?.monthlyAfter).toBe(20714);
    // with G = 100 000 the limit is 40 000: excess 1 600; ÷ 12 × 0.66 = 88
    expect(one('uforetrygd', 25000, 4, 200, 100000)?.monthlyAfter).toBe(24912);
    // 37.5 × 300 × 52 = 585 000: the reduction is far above the benefit, so it stops at 0
    expect(one('uforetrygd', 2000, 37.5, 300)?.monthlyAfter).toBe(0);
  });

  it('grades sykepenger by hours and stops them above 30 hours', () => {
    // 30 000 × (1 − 7.5 ÷ 37.5) = 24 000
    expect(one('sykepenger', 30000, 7.5)).toMatchObject({ monthlyAfter: 24000, rule: 'sykepenger_graded' });
    // 30 000 × (1 − 30 ÷ 37.5) = 6 000
    expect(one('sykepenger', 30000, 30)).toMatchObject({ monthlyAfter: 6000, rule: 'sykepenger_graded' });
    expect(one('sykepenger', 30000, 30.5)).toMatchObject({ monthlyAfter: 0, rule: 'sykepenger_stops' });
  });

  it('deducts net earnings krone for krone from means-tested support', () => {
    // 10 × 200 × 52 ÷ 12 = 8 666.67 gross; × 0.7 = 6 066.67 net; 8 000 − 6 066.67 = 1 933.33
    expect(one('sosialhjelp', 8000, 10)).toMatchObject({ monthlyAfter: 1933, rule: 'income_deducted' });
    expect(one('kvalifiseringsstonad', 5000, 10)).toMatchObject({ monthlyAfter: 0, rule: 'income_deducted' });
  });

  it('leaves other benefits unchanged and unmodelled', () => {
    for (const benefit of [
      'dagpenger',
      'tiltakspenger',
      'overgangsstonad',
      'bostotte',
      'other',
      'nope',
      'constructor',
    ]) {
      expect(one(benefit, 15000, 20)).toEqual({
        benefit,
        monthlyBefore: 15000,
        monthlyAfter: 15000,
        rule: 'not_modelled',
      });
    }
  });

  it('changes nothing when no hours are worked', () => {
    const benefits: BenefitInput[] = [
      { benefit: 'aap', monthlyAmount: 20000 },
      { benefit: 'uforetrygd', monthlyAmount: 25000 },
      { benefit: 'sykepenger', monthlyAmount: 30000 },
      { benefit: 'sosialhjelp', monthlyAmount: 8000 },
    ];
    const estimate = estimateBenefits({ benefits, hoursPerWeek: 0, hourlyWage: 250 });
    expect(estimate.monthlyEarnings).toBe(0);
    expect(estimate.benefits.map((b) => b.monthlyAfter)).toEqual([20000, 25000, 30000, 8000]);
    expect(estimate.monthlyTotalAfter).toBe(83000);
  });

  it('adds up the totals and skips amounts that are not known', () => {
    const estimate = estimateBenefits({
      benefits: [
        { benefit: 'aap', monthlyAmount: 20000 },
        { benefit: 'sosialhjelp', monthlyAmount: 8000 },
        { benefit: 'dagpenger', monthlyAmount: 15000 },
        { benefit: 'bostotte', monthlyAmount: null },
      ],
      hoursPerWeek: 10,
      hourlyWage: 200,
    });
    // AAP 20 000 × (1 − 10 ÷ 37.5) = 14 666.67 → 14 667; sosialhjelp 1 933; dagpenger 15 000
    expect(estimate.benefits.map((b) => b.monthlyAfter)).toEqual([14667, 1933, 15000, null]);
    expect(estimate.benefits[3]).toMatchObject({ monthlyBefore: null, monthlyAfter: null });
    expect(estimate.monthlyTotalBefore).toBe(43000);
    expect(estimate.monthlyTotalAfter).toBe(31600);
    expect(estimate.unknownAmounts).toBe(true);
    expect(estimate.modelVersion).toBe(BENEFITS_MODEL_VERSION);
  });

  it('rounds each benefit to whole kroner', () => {
    // 1 001 × (1 − 7.5 ÷ 37.5) = 800.8
    expect(one('aap', 1001, 7.5)?.monthlyAfter).toBe(801);
    expect(
      estimateBenefits({ benefits: [{ benefit: 'aap', monthlyAmount: 1 }], hoursPerWeek: 1, hourlyWage: 1 })
        .unknownAmounts,
    ).toBe(false);
  });

  it('explains every rule in both languages', () => {
    for (const text of Object.values(BENEFIT_RULE_TEXT)) {
      expect(text.nb.length).toBeGreaterThan(20);
      expect(text.en.length).toBeGreaterThan(20);
    }
    expect(Object.keys(BENEFIT_RULE_TEXT).sort()).toEqual([
      'aap_graded',
      'aap_stops',
      'income_deducted',
      'not_modelled',
      'sykepenger_graded',
      'sykepenger_stops',
      'uforetrygd_income_limit',
    ]);
  });
});

describe('benefits received on a day', () => {
  const day = '2030-09-17';
  const benefits = [
    { id: 'ended yesterday', fromDate: '2030-01-01', toDate: '2030-09-16' },
    { id: 'last day today', fromDate: '2030-01-01', toDate: day },
    { id: 'open', fromDate: '2030-05-01', toDate: null },
    { id: 'from tomorrow', fromDate: '2030-09-18', toDate: null },
  ];

  it('are those started on or before it and not ended before it', () => {
    expect(benefitsRunningOn(benefits, day).map((b) => b.id)).toEqual(['last day today', 'open']);
  });

  it('leave the ended and the planned apart, for the listing as for the estimate', () => {
    expect(benefits.map((b) => benefitStatusOn(b, day))).toEqual(['ended', 'current', 'current', 'planned']);
  });
});
