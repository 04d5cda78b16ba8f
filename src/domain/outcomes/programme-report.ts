import { dischargeReasons } from '../code-lists.ts';
import { sumCounts } from './counts.ts';
import { kaplanMeier } from './life-table.ts';
import { type PublishedFigures, publishTable } from './publish.ts';
import { HIDDEN, type PublishedSurvival, publishParts, publishSurvival } from './published-parts.ts';
import type { PeriodKey } from './quarters.ts';
import { type CountsByPeriod, countsIn, type Funnel, funnelOf } from './reports.ts';
import { type Cell, checkedThreshold, suppressCount } from './suppression.ts';

export type PublishedFunnel = Record<keyof Funnel, Cell>;

/**
 * A funnel as it may leave the programme. Each step is a subset of the step before, so the drop
 * between two shown steps counts people too: a step is withheld when it is small or when it lies a
 * small number below the last step shown (12 referred, 11 met tells that one was not).
 */
export function publishFunnel(f: Funnel, threshold: number): PublishedFunnel {
  const t = checkedThreshold(threshold);
  const referrals = suppressCount(f.referrals, t);
  let last = f.referrals;
  const step = (n: number): Cell => {
    const drop = last - n;
    const cell = suppressCount(n, t);
    if (cell.suppressed || (drop > 0 && drop < t)) return HIDDEN;
    last = n;
    return cell;
  };
  return {
    referrals,
    firstMeeting: step(f.firstMeeting),
    employerContact: step(f.employerContact),
    jobStart: step(f.jobStart),
  };
}

/** What a programme's report file shows, every figure suppressed: the file leaves the programme. */
export interface ProgrammeReportFigures {
  periods: { period: PeriodKey; figures: PublishedFigures }[];
  /** Over all the report's periods: the referrals, job starts and discharges of each lie in one period only. */
  funnel: PublishedFunnel;
  tenure: PublishedSurvival;
  discharges: { byReason: Record<string, Cell>; total: Cell };
}

/**
 * The report of one programme: its figures per period, and the funnel, job tenure and discharges
 * of the whole report period. Those three follow cohorts (referrals, job starts, discharges dated in
 * a period), which are disjoint from period to period, so their counts add across the periods and a
 * steering group sees a year's cohort rather than four small ones.
 */
export function programmeReportFigures(
  byPeriod: CountsByPeriod | undefined,
  periods: readonly PeriodKey[],
  threshold: number,
): ProgrammeReportFigures {
  const each = periods.map((p) => countsIn(byPeriod, p));
  const cohorts = sumCounts(each);
  const reasons = [...new Set([...dischargeReasons.codes, ...Object.keys(cohorts.dischargesByReason)])];
  const discharges = publishParts(
    Object.fromEntries(reasons.map((r) => [r, cohorts.dischargesByReason[r] ?? 0])),
    threshold,
  );
  return {
    periods: periods.map((period, i) => ({
      period,
      figures: publishTable(each.slice(i, i + 1), threshold).total,
    })),
    funnel: publishFunnel(funnelOf(cohorts), threshold),
    tenure: publishSurvival(kaplanMeier(cohorts.tenure), threshold),
    discharges: { byReason: discharges.cells, total: discharges.total },
  };
}
