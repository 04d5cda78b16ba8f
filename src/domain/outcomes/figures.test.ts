import { describe, expect, it } from 'vitest';
import { emptyCounts, type UnitCounts } from './counts.ts';
import { figuresOf } from './figures.ts';
import { DEFAULT_OUTCOME_SETTINGS as S } from './targets.ts';

const counts = (over: Partial<UnitCounts>): UnitCounts => ({ ...emptyCounts(), ...over });

describe('figuresOf', () => {
  const c = counts({
    usLcEmployed: 9,
    usLcDenominator: 25,
    jobStarts: 6,
    fteAtEnd: 2,
    specialistsAtStart: 2,
    specialistsAtEnd: 2,
    specialistLeavers: 1,
  });
  const strict = { ...S, specialistEmploymentTarget: 0.3, programmeEmploymentTarget: 0.41 };

  it('judges a specialist against her own target and a sum against the programme’s', () => {
    expect(figuresOf(c, strict, '2026Q1', 'specialist').employmentRate.usLearningCommunity.target).toBe(
      'met',
    );
    expect(figuresOf(c, strict, '2026Q1').employmentRate.usLearningCommunity).toMatchObject({
      value: 0.36,
      target: 'not_met',
      band: 'minimum',
    });
  });

  it('annualises a quarter’s turnover and scales the per-quarter job-start target to a year', () => {
    expect(figuresOf(c, S, '2026Q1').workforce.annualTurnover).toBe(2);
    expect(figuresOf(c, S, '2026').workforce.annualTurnover).toBe(0.5);
    expect(figuresOf(c, S, '2026Q1').jobStartsPerFte).toEqual({ value: 3, target: 'met' });
    expect(figuresOf(c, S, '2026').jobStartsPerFte).toEqual({ value: 3, target: 'not_met' });
  });

  it('has no share and no band without a denominator', () => {
    const f = figuresOf(emptyCounts(), S, '2026Q1');
    expect(f.employmentRate.usLearningCommunity).toMatchObject({ value: null, band: null, target: null });
    expect(f.meanHoursPerWeek).toBeNull();
  });
});
