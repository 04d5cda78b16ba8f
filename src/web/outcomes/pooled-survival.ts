import {
  addWeekTables,
  emptyWeekTable,
  kaplanMeier,
  type Survival,
  type WeekTable,
} from '../../domain/outcomes/life-table.ts';

interface Curve {
  curve: readonly { week: number; events: number; censored: number }[];
}

function weekTableOf(s: Curve): WeekTable {
  const table = emptyWeekTable();
  for (const point of s.curve) {
    while (table.events.length <= point.week) {
      table.events.push(0);
      table.censored.push(0);
    }
    table.events[point.week] = point.events;
    table.censored[point.week] = point.censored;
  }
  return table;
}

/**
 * Kaplan–Meier over the spells of several periods. Each period's spells are its own (jobs started,
 * or people referred, in it), so adding the periods' life tables and estimating again equals the
 * estimate over the pooled spells.
 */
export function pooledSurvival(periods: readonly Curve[]): Survival {
  return kaplanMeier(periods.map(weekTableOf).reduce(addWeekTables, emptyWeekTable()));
}

/** Events by week bands [from, to) and the spells still open: a distribution of times. */
export function eventsByBand(s: Survival, starts: readonly number[]): { counts: number[]; open: number } {
  const counts = starts.map(() => 0);
  for (const point of s.curve) {
    const band = starts.findLastIndex((start) => point.week >= start);
    if (band >= 0) counts[band] = (counts[band] ?? 0) + point.events;
  }
  return { counts, open: s.censored };
}
