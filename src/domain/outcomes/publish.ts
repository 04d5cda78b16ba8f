import { sumCounts, type UnitCounts } from './counts.ts';
import { survivalMedian, type WeekTable } from './life-table.ts';
import { type Cell, suppressTable } from './suppression.ts';

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
  const km = survivalMedian(table);
  if (km.spells < threshold) return { value: null, suppressed: km.spells > 0 };
  return { value: km.medianWeeks, suppressed: false };
}

/** Medians of a unit, each over its own cohort; the community share is about time, not people. */
function ownFigures(c: UnitCounts, threshold: number) {
  const medians = mapValues(MEDIANS, (f) => median(f(c), threshold));
  const communityShare = c.workingMinutes > 0 ? c.communityMinutes / c.workingMinutes : null;
  return { ...medians, communityShare };
}

type Table = ReturnType<typeof suppressTable>;
type Pick = (t: Table) => Cell;

/** A share is shown only when its numerator and denominator are both published in the nested tables. */
function shareOf(num: Cell, den: Cell, numerator: number, denominator: number): Cell {
  if (num.suppressed || den.suppressed) return { value: null, suppressed: true };
  return { value: denominator > 0 ? numerator / denominator : null, suppressed: false };
}

/**
 * Units nested in groups (the programmes of each region) with the groups' totals and the grand total
 * (the country). Each count, and each share's numerator and denominator, is one table: groups by
 * units, a unit's count in its own group's row and 0 elsewhere, suppressed with the row and grand
 * totals together (primary and secondary). So a withheld programme cannot be recovered from its
 * region's total, nor a withheld region from the country's, nor a withheld numerator from the
 * shares shown beside it. The region view takes its region's row of this table, so the region and
 * national views never differ in what they withhold.
 */
export function publishNested(
  groups: readonly (readonly UnitCounts[])[],
  threshold: number,
): { rows: PublishedFigures[][]; groupTotals: PublishedFigures[]; total: PublishedFigures } {
  const units = groups.flat();
  const groupOf = groups.flatMap((g, i) => g.map(() => i));
  const table = (f: (c: UnitCounts) => number) => {
    const values = units.map(f);
    return suppressTable(
      groups.map((_, gi) => values.map((v, ui) => (groupOf[ui] === gi ? v : 0))),
      threshold,
    );
  };
  const counts = mapValues(COUNTS, table);
  const rates = mapValues(RATES, (f) => [table((c) => f(c)[0]), table((c) => f(c)[1])] as const);
  const figures = (c: UnitCounts, pick: Pick): PublishedFigures =>
    Object.assign(
      mapValues(counts, pick),
      mapValues(RATES, (f, k) => {
        const [numerator, denominator] = f(c);
        return shareOf(pick(rates[k][0]), pick(rates[k][1]), numerator, denominator);
      }),
      ownFigures(c, threshold),
    );
  const sums = groups.map(sumCounts);
  let unit = 0;
  return {
    rows: groups.map((g, gi) =>
      g.map((c) => {
        const ui = unit++;
        return figures(c, (t) => t.cells[gi]?.[ui] as Cell);
      }),
    ),
    groupTotals: sums.map((sum, gi) => figures(sum, (t) => t.rowTotals[gi] as Cell)),
    // The groups' sums added up: the same integers as summing every unit, in a few additions.
    total: figures(sumCounts(sums), (t) => t.total),
  };
}

/** Units side by side (one group) with their total: publishNested with a single group. */
export function publishTable(
  units: readonly UnitCounts[],
  threshold: number,
): { rows: PublishedFigures[]; total: PublishedFigures } {
  const nested = publishNested([units], threshold);
  return { rows: nested.rows[0] ?? [], total: nested.total };
}

/** A loop, not Object.fromEntries: called a dozen times per unit and period of a national table. */
function mapValues<T extends Record<string, unknown>, R>(
  o: T,
  f: (v: T[keyof T], k: keyof T) => R,
): Record<keyof T, R> {
  const out = {} as Record<keyof T, R>;
  for (const k of Object.keys(o) as (keyof T)[]) out[k] = f(o[k], k);
  return out;
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
