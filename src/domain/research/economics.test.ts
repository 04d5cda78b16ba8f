import { describe, expect, it } from 'vitest';
import { healthEconomics, sensitivity } from './economics.ts';
import { DEFAULT_ECONOMICS, economicsProblems } from './economics-params.ts';

// By hand, with the defaults: pay 620 000 × 1.25 = 775 000; × 1.1 supervision × 1.2 overhead =
// 1 023 000 an FTE-year; / 20 participants × 12/12 months = 51 150 a participant. Benefit: 0.08 × 12
// = 0.96 months saved, at 130 160 × 2.2 / 12 = 23 862.67 a month = 22 908.16 saved; net 28 241.84.
describe('health economics with the documented defaults', () => {
  const r = healthEconomics(DEFAULT_ECONOMICS, 100);

  it('costs an FTE-year, a participant, a job start and an additional person employed', () => {
    expect(r.costPerFteYear).toBeCloseTo(1_023_000, 6);
    expect(r.costPerParticipant).toBeCloseTo(51_150, 6);
    expect(r.costPerJobStart).toBeCloseTo(127_875, 6);
    expect(r.costPerAdditionalEmployed).toBeCloseTo(639_375, 6);
  });

  it('values the benefit months saved at the average benefit and nets them off', () => {
    expect(r.benefitMonthsSavedPerParticipant).toBeCloseTo(0.96, 10);
    expect(r.monthlyBenefit).toBeCloseTo(23_862.6667, 3);
    expect(r.savingsPerParticipant).toBeCloseTo(22_908.16, 6);
    expect(r.netCostPerParticipant).toBeCloseTo(28_241.84, 6);
  });

  it('scales to the participants', () => {
    expect(r.totalCost).toBeCloseTo(5_115_000, 4);
    expect(r.totalSavings).toBeCloseTo(2_290_816, 4);
    expect(r.totalNetCost).toBeCloseTo(2_824_184, 4);
  });

  it('has no cost per additional person employed when nobody more is employed', () => {
    expect(healthEconomics({ ...DEFAULT_ECONOMICS, employmentEffect: 0 }, 1).costPerAdditionalEmployed).toBe(
      null,
    );
  });
});

describe('one-way sensitivity (the tornado)', () => {
  it('orders the net cost by swing: months of follow-up (9/18), then months of effect (6/24)', () => {
    const s = sensitivity(DEFAULT_ECONOMICS, 'netCostPerParticipant');
    expect(s.base).toBeCloseTo(28_241.84, 6);
    const [first, second] = s.rows;
    // 51 150 × 9/12 = 38 362.5 → net 15 454.34; × 18/12 = 76 725 → net 53 816.84.
    expect(first).toMatchObject({ param: 'monthsOfFollowUp', low: 9, high: 18 });
    expect(first?.atLow).toBeCloseTo(15_454.34, 6);
    expect(first?.atHigh).toBeCloseTo(53_816.84, 6);
    // 0.08 × 6 × 23 862.67 = 11 454.08 saved → 39 695.92; × 24 → 45 816.32 saved → 5 333.68.
    expect(second?.param).toBe('monthsOfEffect');
    expect(second?.atLow).toBeCloseTo(39_695.92, 6);
    expect(second?.atHigh).toBeCloseTo(5_333.68, 6);
  });

  it('leaves out what the outcome does not depend on, and G (held fixed)', () => {
    const params = sensitivity(DEFAULT_ECONOMICS, 'netCostPerParticipant').rows.map((r) => r.param);
    expect(params).not.toContain('jobStartShare');
    expect(params).not.toContain('employmentEffect');
    expect(params).not.toContain('grunnbelop');
  });

  it('for the cost per additional person employed, the employment effect (0.04/0.12) swings it', () => {
    const row = sensitivity(DEFAULT_ECONOMICS, 'costPerAdditionalEmployed').rows.find(
      (r) => r.param === 'employmentEffect',
    );
    expect(row?.atLow).toBeCloseTo(1_278_750, 6);
    expect(row?.atHigh).toBeCloseTo(426_250, 6);
  });

  it('widens a pair to take in a given value outside it', () => {
    const s = sensitivity({ ...DEFAULT_ECONOMICS, caseloadPerFte: 30 }, 'netCostPerParticipant');
    expect(s.rows.find((r) => r.param === 'caseloadPerFte')).toMatchObject({ low: 15, high: 30 });
  });
});

describe('parameter ranges', () => {
  it('names each parameter out of range or not whole', () => {
    expect(
      economicsProblems({ caseloadPerFte: 2, monthsOfFollowUp: 6.5, socialCostRate: Number.NaN }),
    ).toEqual([
      { path: 'socialCostRate', message: 'socialCostRate must be from 0 to 0.6' },
      { path: 'caseloadPerFte', message: 'caseloadPerFte must be from 5 to 40' },
      { path: 'monthsOfFollowUp', message: 'monthsOfFollowUp must be a whole number' },
    ]);
    expect(economicsProblems(DEFAULT_ECONOMICS)).toEqual([]);
  });
});
