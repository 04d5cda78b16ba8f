import { describe, expect, it } from 'vitest';
import type { PublishedFigures } from '../api/use-outcomes.ts';
import { sortUnits, type Unit } from './comparison.ts';

const cell = (value: number | null, suppressed = false) => ({ value, suppressed });

function unit(name: string, active: { value: number | null; suppressed: boolean }): Unit {
  const zero = cell(0);
  const figures: PublishedFigures = {
    activeCaseload: active,
    referrals: zero,
    firstJobStarts: zero,
    jobStarts: zero,
    wageSubsidisedStarts: zero,
    discharges: zero,
    employmentRateUsLc: zero,
    employmentRateIpsGrow: zero,
    retention13: zero,
    dischargedInWork: zero,
    medianTenureWeeks: zero,
    medianWeeksToEmployerContact: zero,
    medianWeeksToJob: zero,
    communityShare: null,
  };
  return { id: name, name, figures };
}

describe('sorting a comparison', () => {
  const units = [unit('Bodø', cell(12)), unit('Alta', cell(null, true)), unit('Tromsø', cell(30))];

  it('orders by a figure either way, with suppressed cells last both times', () => {
    const names = (direction: 'ascending' | 'descending') =>
      sortUnits(units, { orderBy: 'activeCaseload', direction }).map((u) => u.name);
    expect(names('ascending')).toEqual(['Bodø', 'Tromsø', 'Alta']);
    expect(names('descending')).toEqual(['Tromsø', 'Bodø', 'Alta']);
  });

  it('orders by name', () => {
    expect(sortUnits(units, { orderBy: 'name', direction: 'descending' }).map((u) => u.name)).toEqual([
      'Tromsø',
      'Bodø',
      'Alta',
    ]);
  });
});
