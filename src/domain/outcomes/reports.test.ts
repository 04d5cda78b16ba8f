import { describe, expect, it } from 'vitest';
import { emptyCounts, type UnitCounts } from './counts.ts';
import { funnelOf, nationalTable, regionTable } from './reports.ts';

function unit(active: number, referrals = 0): UnitCounts {
  return { ...emptyCounts(), active, referrals, usLcDenominator: active };
}

const regions = [
  { id: 'nord', name: 'Nord' },
  { id: 'vest', name: 'Vest' },
];
const programmes = [
  { id: 'a', name: 'A', regionId: 'nord' },
  { id: 'b', name: 'B', regionId: 'nord' },
  { id: 'c', name: 'C', regionId: 'vest' },
  { id: 'd', name: 'D', regionId: 'vest' },
];
const counts = new Map([
  ['a', new Map([['2026Q1', unit(3)]])],
  ['b', new Map([['2026Q1', unit(40)]])],
  ['c', new Map([['2026Q1', unit(12)]])],
  ['d', new Map([['2026Q1', unit(30)]])],
]);

describe('region and national tables', () => {
  const national = nationalTable(regions, programmes, counts, ['2026Q1'], 5)[0];
  const region = regionTable('nord', regions, programmes, counts, ['2026Q1'], 5)[0];

  it('never leaves a withheld programme recoverable from its region’s total or the country’s', () => {
    const active = (rows: { figures: { activeCaseload: { value: number | null } } }[]) =>
      rows.map((r) => r.figures.activeCaseload.value);
    // Hiding A alone would give it back as Nord (43) − B (40): B or Nord goes too, and so the
    // country's total cannot give Nord back either.
    const nord = region?.programmes ?? [];
    expect(active(nord)[0]).toBeNull();
    const known = [...active(nord), region?.region.activeCaseload.value ?? null];
    expect(known.filter((v) => v === null).length).toBeGreaterThanOrEqual(2);
    const regionRow = national?.regions.map((r) => r.figures.activeCaseload.value) ?? [];
    const total = national?.national.activeCaseload.value ?? null;
    if (total !== null) expect(regionRow.filter((v) => v === null).length).not.toBe(1);
  });

  it('withholds the same cells in the region view as in the national view', () => {
    const inNational = national?.programmes.filter((p) => p.regionId === 'nord').map((p) => p.figures);
    expect(region?.programmes.map((p) => p.figures)).toEqual(inNational);
    expect(region?.region).toEqual(national?.regions[0]?.figures);
  });

  it('withholds a share with its numerator, and counts a funnel from the cohorts of the period', () => {
    expect(region?.programmes[0]?.figures.employmentRateUsLc).toEqual({ value: null, suppressed: true });
    const c = unit(10, 6);
    c.timeToEmployerContact = { events: [2, 1], censored: [0, 3] };
    c.timeToFirstMeeting = { events: [4, 1], censored: [1] };
    c.timeToJob = { events: [0, 0, 1], censored: [5] };
    expect(funnelOf(c)).toEqual({ referrals: 6, firstMeeting: 5, employerContact: 3, jobStart: 1 });
  });
});
