import { describe, expect, it } from 'vitest';
import { emptyWeekTable, kaplanMeier, recordSpell } from '../../domain/outcomes/life-table.ts';
import { eventsByBand, pooledSurvival } from './pooled-survival.ts';

function survivalOf(spells: [days: number, event: boolean][]) {
  const table = emptyWeekTable();
  for (const [days, event] of spells) recordSpell(table, days, event);
  return kaplanMeier(table);
}

describe('pooled survival', () => {
  it('equals Kaplan–Meier over the spells of both periods together', () => {
    const first: [number, boolean][] = [
      [3, true],
      [20, false],
      [60, true],
    ];
    const second: [number, boolean][] = [
      [10, true],
      [20, true],
      [100, false],
    ];
    expect(pooledSurvival([survivalOf(first), survivalOf(second)])).toEqual(
      survivalOf([...first, ...second]),
    );
  });

  it('counts events by week band and the spells without an event apart', () => {
    const s = survivalOf([
      [2, true],
      [8, true],
      [40, true],
      [200, true],
      [30, false],
    ]);
    expect(eventsByBand(s, [0, 1, 4, 26])).toEqual({ counts: [1, 1, 1, 1], open: 1 });
  });
});
