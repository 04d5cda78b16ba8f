import { describe, expect, it } from 'vitest';
import { addWeekTables, emptyWeekTable, kaplanMeier, recordSpell, type WeekTable } from './life-table.ts';

function tableOf(spells: [days: number, ended: boolean][]): WeekTable {
  const t = emptyWeekTable();
  for (const [days, ended] of spells) recordSpell(t, days, ended);
  return t;
}

describe('kaplanMeier', () => {
  // Ten jobs, by completed weeks: ended in weeks 1, 1, 3, 4, 6, 9; still running (censored) in 2, 4, 7, 10.
  // By hand: n=10 d=2 → 0.8; week 2 censors one (n=8 left 7); week 3 n=7 d=1 → 0.8·6/7 = 0.685714;
  // week 4 n=6 d=1 c=1 → ·5/6 = 0.571429; week 6 n=4 d=1 → ·3/4 = 0.428571 (median: week 6);
  // week 7 censors one; week 9 n=2 d=1 → ·1/2 = 0.214286; week 10 n=1 censored.
  const table = tableOf([
    [7, true],
    [13, true],
    [21, true],
    [28, true],
    [45, true],
    [63, true],
    [14, false],
    [30, false],
    [49, false],
    [70, false],
  ]);

  it('matches the curve and the numbers at risk worked out by hand', () => {
    const km = kaplanMeier(table);
    const curve = km.curve.map((p) => [
      p.week,
      p.atRisk,
      p.events,
      p.censored,
      Number(p.survival.toFixed(6)),
    ]);
    expect(curve).toEqual([
      [1, 10, 2, 0, 0.8],
      [2, 8, 0, 1, 0.8],
      [3, 7, 1, 0, 0.685714],
      [4, 6, 1, 1, 0.571429],
      [6, 4, 1, 0, 0.428571],
      [7, 3, 0, 1, 0.428571],
      [9, 2, 1, 0, 0.214286],
      [10, 1, 0, 1, 0.214286],
    ]);
    expect(km).toMatchObject({ spells: 10, events: 6, censored: 4, shareCensored: 0.4, medianWeeks: 6 });
  });

  it('has no median while more than half are still running, and nothing to say without spells', () => {
    expect(
      kaplanMeier(
        tableOf([
          [3, true],
          [20, false],
          [40, false],
        ]),
      ).medianWeeks,
    ).toBeNull();
    expect(kaplanMeier(emptyWeekTable())).toEqual({
      spells: 0,
      events: 0,
      censored: 0,
      shareCensored: null,
      medianWeeks: null,
      curve: [],
    });
  });

  it('gives the pooled curve from added tables', () => {
    const a = tableOf([
      [7, true],
      [14, false],
      [45, true],
    ]);
    const b = tableOf([
      [13, true],
      [21, true],
      [28, true],
      [30, false],
      [49, false],
      [63, true],
      [70, false],
    ]);
    expect(kaplanMeier(addWeekTables(a, b))).toEqual(kaplanMeier(table));
  });
});
