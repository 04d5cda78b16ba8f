/**
 * A life table by whole weeks: for each week since the start (week 0 = days 0–6), how many spells
 * ended with the event in that week and how many were censored (still running when observation
 * stopped). Tables of different units add cell by cell, and Kaplan–Meier computed from the summed
 * table equals Kaplan–Meier over the pooled spells: that is what lets region and national figures
 * come from summary rows without any raw record.
 */
export interface WeekTable {
  events: number[];
  censored: number[];
}

export function emptyWeekTable(): WeekTable {
  return { events: [], censored: [] };
}

export const DAYS_PER_WEEK = 7;

export function weekOfDays(days: number): number {
  return Math.floor(days / DAYS_PER_WEEK);
}

/** Adds one spell of `days` to the table (mutates: used while counting one unit). */
export function recordSpell(table: WeekTable, days: number, event: boolean): void {
  const week = weekOfDays(Math.max(0, days));
  const column = event ? table.events : table.censored;
  while (table.events.length <= week) table.events.push(0);
  while (table.censored.length <= week) table.censored.push(0);
  column[week] = (column[week] ?? 0) + 1;
}

function addArrays(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) out.push((a[i] ?? 0) + (b[i] ?? 0));
  return out;
}

export function addWeekTables(a: WeekTable, b: WeekTable): WeekTable {
  return { events: addArrays(a.events, b.events), censored: addArrays(a.censored, b.censored) };
}

export interface SurvivalPoint {
  week: number;
  /** Spells still running at the start of the week. */
  atRisk: number;
  events: number;
  censored: number;
  /** Kaplan–Meier estimate of the share still running at the end of the week. */
  survival: number;
}

export interface Survival {
  spells: number;
  events: number;
  censored: number;
  shareCensored: number | null;
  /** First week in which the estimate falls to 0.5 or below; null when it never does (too few events). */
  medianWeeks: number | null;
  curve: SurvivalPoint[];
}

/**
 * Kaplan–Meier by week: S(w) = Π over weeks k ≤ w of (1 − d_k / n_k), where n_k counts the spells
 * neither ended nor censored before week k. Spells censored in week k are at risk for the events of
 * week k (the usual convention: censoring happens after the events of the same interval). Only weeks
 * with an event or a censoring appear on the curve.
 */
export function kaplanMeier(table: WeekTable): Survival {
  const events = sum(table.events);
  const censored = sum(table.censored);
  const curve: SurvivalPoint[] = [];
  let atRisk = events + censored;
  let survival = 1;
  let medianWeeks: number | null = null;
  for (let week = 0; week < Math.max(table.events.length, table.censored.length); week++) {
    const d = table.events[week] ?? 0;
    const c = table.censored[week] ?? 0;
    if (d === 0 && c === 0) continue;
    if (d > 0) survival *= 1 - d / atRisk;
    if (medianWeeks === null && survival <= 0.5) medianWeeks = week;
    curve.push({ week, atRisk, events: d, censored: c, survival });
    atRisk -= d + c;
  }
  const spells = events + censored;
  return {
    spells,
    events,
    censored,
    shareCensored: spells > 0 ? censored / spells : null,
    medianWeeks,
    curve,
  };
}

/**
 * Only the number of spells and kaplanMeier's median, with no curve: a national table takes three
 * medians per programme and quarter, and the curves would be most of what it allocates.
 */
export function survivalMedian(table: WeekTable): { spells: number; medianWeeks: number | null } {
  let atRisk = sum(table.events) + sum(table.censored);
  const spells = atRisk;
  let survival = 1;
  for (let week = 0; week < Math.max(table.events.length, table.censored.length); week++) {
    const d = table.events[week] ?? 0;
    if (d > 0) survival *= 1 - d / atRisk;
    if (survival <= 0.5) return { spells, medianWeeks: week };
    atRisk -= d + (table.censored[week] ?? 0);
  }
  return { spells, medianWeeks: null };
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
