import { isCompetitive, isWageSubsidised } from '../employment.ts';
import type { UnitCounts } from './counts.ts';
import { episodeOn, inWindow, type Observed, type Window } from './episodes.ts';
import type { OutcomeSettings } from './targets.ts';

/**
 * Job starts: the first paid day of a counted job (episodes.ts `countedStarts`: competitive, paid, at
 * least `competitiveMinHoursPerWeek` hours, started while on the caseload) in the period.
 * - `firstJobStarts`: participants whose earliest counted start in IPS, over all their episodes,
 *   falls in the period; a job after a re-referral is a later start, not a first.
 * - `jobStarts`: every counted start, first or later; two overlapping jobs are two starts.
 * - `wageSubsidisedStarts`: those with lønnstilskudd, counted in `jobStarts` and flagged here.
 * - `startsNotCounted`: work started while on the caseload that does not count (work practice,
 *   VTA, volunteering, unpaid, below the hours threshold); education is counted in education.ts.
 * - `hoursPerWeekSum`: contracted hours of the counted starts (the mean divides by `jobStarts`).
 */
export function jobStartCounts(
  people: readonly Observed[],
  w: Window,
  s: OutcomeSettings,
): Pick<
  UnitCounts,
  'firstJobStarts' | 'jobStarts' | 'wageSubsidisedStarts' | 'startsNotCounted' | 'hoursPerWeekSum'
> {
  const out = {
    firstJobStarts: 0,
    jobStarts: 0,
    wageSubsidisedStarts: 0,
    startsNotCounted: 0,
    hoursPerWeekSum: 0,
  };
  for (const p of people) {
    const first = p.starts[0];
    if (first && inWindow(first.startDate, w)) out.firstJobStarts++;
    for (const job of p.starts) {
      if (!inWindow(job.startDate, w)) continue;
      out.jobStarts++;
      out.hoursPerWeekSum += job.hoursPerWeek;
      if (isWageSubsidised(job.employmentType)) out.wageSubsidisedStarts++;
    }
    out.startsNotCounted += p.history.jobs.filter(
      (j) =>
        j.employmentType !== 'education' &&
        !isCompetitive(j, s) &&
        inWindow(j.startDate, w) &&
        episodeOn(p.episodes, j.startDate) !== null,
    ).length;
  }
  return out;
}
