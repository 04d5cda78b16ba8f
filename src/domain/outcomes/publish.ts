import { sumCounts, type UnitCounts } from './counts.ts';
import { kaplanMeier, type WeekTable } from './life-table.ts';
import { type Cell, suppressList, suppressRate } from './suppression.ts';

/**
 * The figures of one unit as they may leave the programme (a row of a region or national table):
 * counts and shares with small cells suppressed, medians only over cohorts of at least the
 * threshold. No figure names a participant, and none can be recovered from the published totals.
 */
export interface PublishedFigures {
  activeCaseload: Cell;
  referrals: Cell;
  firstJobStarts: Cell;
  jobStarts: Cell;
  wageSubsidisedStarts: Cell;
  discharges: Cell;
  employmentRateUsLc: Cell;
  employmentRateIpsGrow: Cell;
  retention13: Cell;
  dischargedInWork: Cell;
  medianTenureWeeks: Cell;
  medianWeeksToEmployerContact: Cell;
  medianWeeksToJob: Cell;
  /** Minutes in the community ÷ working minutes: the specialists' time, not participants. */
  communityShare: number | null;
}

const COUNTS = {
  activeCaseload: (c: UnitCounts) => c.active,
  referrals: (c: UnitCounts) => c.referrals,
  firstJobStarts: (c: UnitCounts) => c.firstJobStarts,
  jobStarts: (c: UnitCounts) => c.jobStarts,
  wageSubsidisedStarts: (c: UnitCounts) => c.wageSubsidisedStarts,
  discharges: (c: UnitCounts) => c.discharges,
};
type CountKey = keyof typeof COUNTS;

const RATES = {
  employmentRateUsLc: (c: UnitCounts) => [c.usLcEmployed, c.usLcDenominator] as const,
  employmentRateIpsGrow: (c: UnitCounts) => [c.ipsGrowEmployed, c.ipsGrowDenominator] as const,
  retention13: (c: UnitCounts) => [c.retention13Working, c.retention13Denominator] as const,
  dischargedInWork: (c: UnitCounts) => [c.dischargesByReason.in_work ?? 0, c.discharges] as const,
};

const MEDIANS = {
  medianTenureWeeks: (c: UnitCounts) => c.tenure,
  medianWeeksToEmployerContact: (c: UnitCounts) => c.timeToEmployerContact,
  medianWeeksToJob: (c: UnitCounts) => c.timeToJob,
};

/** A median over fewer spells than the threshold would describe a handful of people: withheld. */
function median(table: WeekTable, threshold: number): Cell {
  const km = kaplanMeier(table);
  if (km.spells < threshold) return { value: null, suppressed: km.spells > 0 };
  return { value: km.medianWeeks, suppressed: false };
}

/** What a unit shows besides its counts: shares and medians, each judged on its own. */
function ownFigures(c: UnitCounts, threshold: number) {
  const rates = Object.fromEntries(
    Object.entries(RATES).map(([k, f]) => [k, suppressRate(...f(c), threshold)]),
  ) as Record<keyof typeof RATES, Cell>;
  const medians = Object.fromEntries(
    Object.entries(MEDIANS).map(([k, f]) => [k, median(f(c), threshold)]),
  ) as Record<keyof typeof MEDIANS, Cell>;
  const communityShare = c.workingMinutes > 0 ? c.communityMinutes / c.workingMinutes : null;
  return { ...rates, ...medians, communityShare };
}

/**
 * The rows of units side by side (the programmes of a region, the regions of the country) with their
 * total. Each count column is suppressed with its total (primary and secondary), so a withheld cell
 * is never the total minus the published ones.
 */
export function publishTable(
  units: readonly UnitCounts[],
  threshold: number,
): { rows: PublishedFigures[]; total: PublishedFigures } {
  const total = sumCounts(units);
  const columns = Object.fromEntries(
    (Object.keys(COUNTS) as CountKey[]).map((k) => [k, suppressList(units.map(COUNTS[k]), threshold)]),
  ) as Record<CountKey, { cells: Cell[]; total: Cell }>;
  const countsOf = (pick: (col: { cells: Cell[]; total: Cell }) => Cell) =>
    Object.fromEntries((Object.keys(COUNTS) as CountKey[]).map((k) => [k, pick(columns[k])])) as Record<
      CountKey,
      Cell
    >;
  return {
    rows: units.map((c, i) => ({
      ...countsOf((col) => col.cells[i] as Cell),
      ...ownFigures(c, threshold),
    })),
    total: { ...countsOf((col) => col.total), ...ownFigures(total, threshold) },
  };
}

/** The median of the published values of a share across units (withheld ones left out). */
export function medianOfPublished(cells: readonly Cell[]): number | null {
  const values = cells
    .filter((c) => !c.suppressed && c.value !== null)
    .map((c) => c.value as number)
    .sort((a, b) => a - b);
  if (values.length === 0) return null;
  const mid = Math.floor(values.length / 2);
  return values.length % 2 === 1
    ? (values[mid] as number)
    : ((values[mid - 1] as number) + (values[mid] as number)) / 2;
}
