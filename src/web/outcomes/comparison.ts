import type { PublishedFigures } from '../api/use-outcomes.ts';

/** The columns of a region or national comparison: counts, and shares (0–1). */
export const COMPARISON_COLUMNS = [
  { key: 'activeCaseload', share: false },
  { key: 'referrals', share: false },
  { key: 'jobStarts', share: false },
  { key: 'employmentRateUsLc', share: true },
  { key: 'employmentRateIpsGrow', share: true },
  { key: 'retention13', share: true },
  { key: 'dischargedInWork', share: true },
] as const;
export type ColumnKey = (typeof COMPARISON_COLUMNS)[number]['key'];

export interface Unit {
  id: string;
  name: string;
  figures: PublishedFigures;
}

export interface Sort {
  orderBy: ColumnKey | 'name';
  direction: 'ascending' | 'descending';
}

/**
 * Units in the chosen order. A suppressed or missing value has no place on the scale, so it goes
 * last either way: sorting must not hint where a withheld count lies.
 */
export function sortUnits(units: readonly Unit[], sort: Sort): Unit[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: Unit, b: Unit) => a.name.localeCompare(b.name, 'nb');
  if (sort.orderBy === 'name') return [...units].sort((a, b) => sign * byName(a, b));
  const key = sort.orderBy;
  const value = (u: Unit) => (u.figures[key].suppressed ? null : u.figures[key].value);
  return [...units].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return sign * (x - y) || byName(a, b);
  });
}
