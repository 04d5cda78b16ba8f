import { describe, expect, it } from 'vitest';
import { benefitStatusOn, benefitsRunningOn } from '../../../domain/benefits.ts';
import type { ParticipantBenefit } from '../../api/casework-types.ts';
import { caseworkNb } from '../../i18n/areas/casework-nb.ts';
import { emptyPlan, liveEstimate, planBody, validatePlan } from './benefits-plan-form.ts';

const TODAY = '2026-05-10';
const benefit = (
  id: string,
  benefitCode: string,
  amount: number | null,
  fromDate: string,
  toDate: string | null,
) =>
  ({
    id,
    benefit: benefitCode,
    monthlyAmount: amount,
    fromDate,
    toDate,
    recordedAt: `${fromDate}T09:00:00.000Z`,
    status: benefitStatusOn({ fromDate, toDate }, TODAY),
  }) satisfies ParticipantBenefit;

const benefits = [
  benefit('a', 'aap', 20000, '2026-01-01', null),
  benefit('b', 'sosialhjelp', 3000, '2025-01-01', '2025-12-31'),
  benefit('c', 'bostotte', null, '2026-06-01', null),
];

describe('the benefits plan calculator', () => {
  it('uses only the benefits running on the plan date', () => {
    expect(benefitsRunningOn(benefits, TODAY).map((b) => b.id)).toEqual(['a']);
  });

  it('estimates as the user types, with Norwegian decimals', () => {
    const estimate = liveEstimate(
      benefits,
      { ...emptyPlan(TODAY), hoursPerWeek: '7,5', hourlyWage: '200' },
      TODAY,
    );
    // AAP graded by 7.5 of 37.5 hours: 20 000 × 0.8.
    expect(estimate?.benefits).toEqual([
      { benefit: 'aap', monthlyBefore: 20000, monthlyAfter: 16000, rule: 'aap_graded' },
    ]);
    expect(estimate?.monthlyEarnings).toBe(6500);
  });

  it('shows nothing until hours and wage are numbers', () => {
    expect(liveEstimate(benefits, { ...emptyPlan(TODAY), hoursPerWeek: '10' }, TODAY)).toBeNull();
    expect(
      liveEstimate(benefits, { ...emptyPlan(TODAY), hoursPerWeek: 'ti', hourlyWage: '200' }, TODAY),
    ).toBeNull();
  });

  it('asks for hours and wage before saving, and sends them as numbers', () => {
    const empty = emptyPlan(TODAY);
    expect(Object.keys(validatePlan(empty, caseworkNb, TODAY)).sort()).toEqual([
      'hourlyWage',
      'hoursPerWeek',
    ]);
    expect(planBody({ ...empty, hoursPerWeek: '12,5', hourlyWage: '210', note: ' ' })).toEqual({
      planDate: TODAY,
      hoursPerWeek: 12.5,
      hourlyWage: 210,
      note: undefined,
    });
  });
});
