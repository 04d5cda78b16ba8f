import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityArb, historyArb, spellArb } from '../../../test/support/outcome-arbitraries.ts';
import { A, ACTIVITY, B, C, D, E, F, G, SPECIALISTS } from '../../../test/support/outcome-scenario.ts';
import { countUnit } from './count-unit.ts';
import { addCounts, sumCounts } from './counts.ts';
import { figuresOf } from './figures.ts';
import type { ActivityEvent, ParticipantHistory, SpecialistSpell } from './history.ts';
import type { PeriodKey } from './quarters.ts';
import { DEFAULT_OUTCOME_SETTINGS as S } from './targets.ts';

interface Unit {
  people: ParticipantHistory[];
  activity: ActivityEvent[];
  specialists: SpecialistSpell[];
}

const count = (u: Unit, period: PeriodKey, asOf: string) =>
  countUnit(u.people, u.activity, period, S, { asOf, specialists: u.specialists });

const union = (a: Unit, b: Unit): Unit => ({
  people: [...a.people, ...b.people],
  activity: [...a.activity, ...b.activity],
  specialists: [...a.specialists, ...b.specialists],
});

// This is what makes the summary tables exact: region and national figures are figures of summed rows.
describe('figures of added counts equal figures over the pooled participants', () => {
  it('on the constructed programme split into two specialists', () => {
    const one: Unit = {
      people: [A, C, E, G],
      activity: ACTIVITY.slice(0, 2),
      specialists: SPECIALISTS.slice(0, 2),
    };
    const two: Unit = { people: [B, D, F], activity: ACTIVITY.slice(2), specialists: SPECIALISTS.slice(2) };
    for (const period of ['2026Q1', '2026'] as const) {
      const summed = addCounts(count(one, period, '2026-06-30'), count(two, period, '2026-06-30'));
      expect(figuresOf(summed, S, period)).toEqual(
        figuresOf(count(union(one, two), period, '2026-06-30'), S, period),
      );
    }
  });

  it('on random histories, periods and days of counting', () => {
    const unit = fc.record({
      people: fc.array(historyArb, { maxLength: 6 }),
      activity: fc.array(activityArb, { maxLength: 4 }),
      specialists: fc.array(spellArb, { maxLength: 3 }),
    });
    const period = fc.constantFrom<PeriodKey>('2025Q2', '2025Q4', '2026Q1', '2025', '2026');
    const asOf = fc.constantFrom('2025-05-15', '2025-12-31', '2026-08-01', '2027-06-30');
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 3 }), period, asOf, (units, p, day) => {
        const pooled = units.reduce(union);
        const summed = sumCounts(units.map((u) => count(u, p, day)));
        expect(summed).toEqual(count(pooled, p, day));
        expect(figuresOf(summed, S, p)).toEqual(figuresOf(count(pooled, p, day), S, p));
      }),
      { numRuns: 200 },
    );
  });
});
