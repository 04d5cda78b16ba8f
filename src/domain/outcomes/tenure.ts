import { addDays, isCompetitive } from '../employment.ts';
import type { UnitCounts } from './counts.ts';
import { inWindow, type Observed, type Window } from './episodes.ts';
import { emptyWeekTable, recordSpell } from './life-table.ts';
import { daysBetween } from './quarters.ts';
import type { OutcomeSettings } from './targets.ts';

/** IPS Grow's retention anchor: still working 13 weeks (91 days) after a job start. */
export const RETENTION_DAYS = 91;

/**
 * Job tenure by Kaplan–Meier: each counted job started in the period is a spell from its first to
 * its last working day (week = completed weeks from the start: a job ending on day 0–6 ends in week
 * 0). A job still running on `asOf` is censored there. Overlapping jobs are separate spells.
 */
export function tenureCounts(people: readonly Observed[], w: Window): Pick<UnitCounts, 'tenure'> {
  const tenure = emptyWeekTable();
  for (const p of people) {
    for (const job of p.starts) {
      if (!inWindow(job.startDate, w)) continue;
      recordSpell(tenure, daysBetween(job.startDate, job.endDate ?? w.asOf), job.endDate !== null);
    }
  }
  return { tenure };
}

/**
 * The share still working 13 weeks after a job start: of the period's counted job starts whose day
 * 91 has been reached by `asOf`, those where the participant is in a counted job (the same one or
 * another, since changing jobs is still working) on day 91. Starts whose day 91 is still ahead are
 * `retention13Pending`, in neither count.
 */
export function retentionCounts(
  people: readonly Observed[],
  w: Window,
  s: OutcomeSettings,
): Pick<UnitCounts, 'retention13Working' | 'retention13Denominator' | 'retention13Pending'> {
  const out = { retention13Working: 0, retention13Denominator: 0, retention13Pending: 0 };
  for (const p of people) {
    for (const job of p.starts) {
      if (!inWindow(job.startDate, w)) continue;
      const day = addDays(job.startDate, RETENTION_DAYS);
      if (day > w.asOf) {
        out.retention13Pending++;
        continue;
      }
      out.retention13Denominator++;
      const working = p.history.jobs.some(
        (j) => isCompetitive(j, s) && j.startDate <= day && (j.endDate === null || j.endDate >= day),
      );
      if (working) out.retention13Working++;
    }
  }
  return out;
}
