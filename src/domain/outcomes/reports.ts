import { emptyCounts, type UnitCounts } from './counts.ts';
import { type Figures, type FiguresLevel, figuresOf } from './figures.ts';
import { medianOfPublished, type PublishedFigures, publishNested } from './publish.ts';
import type { PeriodKey } from './quarters.ts';
import type { OutcomeSettings } from './targets.ts';

/**
 * The reports built from summary rows, the same for the API and the exports: a programme's own
 * figures per period (unsuppressed, they stay in the programme), a region's programmes side by side
 * and the country's regions and programmes (suppressed: they leave the programme).
 */

/** A unit's counts per period key; a period without a row has no records: zeros. */
export type CountsByPeriod = ReadonlyMap<string, UnitCounts>;

export function countsIn(byPeriod: CountsByPeriod | undefined, period: PeriodKey): UnitCounts {
  return byPeriod?.get(period) ?? emptyCounts();
}

/**
 * Referral → first meeting → first face-to-face employer contact → first job start, for the referrals
 * of the period, each step counted within the referral's own episode up to the day of counting.
 */
export interface Funnel {
  referrals: number;
  firstMeeting: number;
  employerContact: number;
  jobStart: number;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function funnelOf(c: UnitCounts): Funnel {
  return {
    referrals: sum(c.timeToEmployerContact.events) + sum(c.timeToEmployerContact.censored),
    firstMeeting: sum(c.timeToFirstMeeting.events),
    employerContact: sum(c.timeToEmployerContact.events),
    jobStart: sum(c.timeToJob.events),
  };
}

export interface PeriodFigures {
  period: PeriodKey;
  figures: Figures;
  funnel: Funnel;
}

export function figuresPerPeriod(
  byPeriod: CountsByPeriod | undefined,
  periods: readonly PeriodKey[],
  settings: OutcomeSettings,
  level: FiguresLevel,
): PeriodFigures[] {
  return periods.map((period) => {
    const c = countsIn(byPeriod, period);
    return { period, figures: figuresOf(c, settings, period, level), funnel: funnelOf(c) };
  });
}

export interface Named {
  id: string;
  name: string;
}
export interface ProgrammeUnit extends Named {
  regionId: string;
}
export interface Median {
  employmentRateUsLc: number | null;
  employmentRateIpsGrow: number | null;
  retention13: number | null;
}

/** The median over units of each published share (withheld ones left out). */
export function medianOf(rows: readonly PublishedFigures[]): Median {
  return {
    employmentRateUsLc: medianOfPublished(rows.map((r) => r.employmentRateUsLc)),
    employmentRateIpsGrow: medianOfPublished(rows.map((r) => r.employmentRateIpsGrow)),
    retention13: medianOfPublished(rows.map((r) => r.retention13)),
  };
}

/** Every programme of every region for one period, suppressed together (see publishNested). */
function nestedOf(
  regions: readonly Named[],
  programmes: readonly ProgrammeUnit[],
  counts: ReadonlyMap<string, CountsByPeriod>,
  period: PeriodKey,
) {
  const members = regions.map((r) => programmes.filter((p) => p.regionId === r.id));
  return { members, groups: members.map((m) => m.map((p) => countsIn(counts.get(p.id), period))) };
}

export interface RegionRow {
  period: PeriodKey;
  programmes: (Named & { figures: PublishedFigures })[];
  region: PublishedFigures;
  nationalMedian: Median;
}

/** A region's programmes side by side per period, with the region's total and the national median. */
export function regionTable(
  regionId: string,
  regions: readonly Named[],
  programmes: readonly ProgrammeUnit[],
  counts: ReadonlyMap<string, CountsByPeriod>,
  periods: readonly PeriodKey[],
  threshold: number,
): RegionRow[] {
  const at = regions.findIndex((r) => r.id === regionId);
  return periods.map((period) => {
    const { members, groups } = nestedOf(regions, programmes, counts, period);
    const published = publishNested(groups, threshold);
    return {
      period,
      programmes: (members[at] ?? []).map((p, i) => ({
        id: p.id,
        name: p.name,
        figures: published.rows[at]?.[i] as PublishedFigures,
      })),
      region: published.groupTotals[at] as PublishedFigures,
      nationalMedian: medianOf(published.rows.flat()),
    };
  });
}

export interface NationalRow {
  period: PeriodKey;
  regions: (Named & { figures: PublishedFigures })[];
  programmes: (ProgrammeUnit & { figures: PublishedFigures })[];
  national: PublishedFigures;
  programmeMedian: Median;
}

/** Every region and programme per period, with the national total and the median programme. */
export function nationalTable(
  regions: readonly Named[],
  programmes: readonly ProgrammeUnit[],
  counts: ReadonlyMap<string, CountsByPeriod>,
  periods: readonly PeriodKey[],
  threshold: number,
): NationalRow[] {
  return periods.map((period) => {
    const { members, groups } = nestedOf(regions, programmes, counts, period);
    const published = publishNested(groups, threshold);
    return {
      period,
      regions: regions.map((r, i) => ({ ...r, figures: published.groupTotals[i] as PublishedFigures })),
      programmes: members.flatMap((m, gi) =>
        m.map((p, i) => ({ ...p, figures: published.rows[gi]?.[i] as PublishedFigures })),
      ),
      national: published.total,
      programmeMedian: medianOf(published.rows.flat()),
    };
  });
}
