import { caseloadCounts } from './caseload.ts';
import { communityCounts } from './community.ts';
import { emptyCounts, type UnitCounts } from './counts.ts';
import { dischargeCounts } from './discharges.ts';
import { educationCounts } from './education.ts';
import { employmentRateCounts } from './employment-rate.ts';
import { observe, type Window } from './episodes.ts';
import type { ActivityEvent, ParticipantHistory, SpecialistSpell } from './history.ts';
import { jobStartCounts } from './job-starts.ts';
import { type PeriodKey, periodOf } from './quarters.ts';
import { referralCounts } from './referrals.ts';
import type { OutcomeSettings } from './targets.ts';
import { retentionCounts, tenureCounts } from './tenure.ts';
import { timeToEventCounts } from './time-to-event.ts';
import { workforceCounts } from './workforce.ts';

export interface CountOptions {
  /**
   * The day the counts are made. Events after it are not yet observed (a planned job start is not a
   * start) and running spells are censored at it. Default: the period's last day.
   */
  asOf?: string;
  /** The unit's job specialists' employment spells (workforce and caseload per specialist). */
  specialists?: readonly SpecialistSpell[];
}

/** The period's days up to `asOf`; null when the period starts after it (nothing observed yet). */
export function windowOf(period: PeriodKey, asOf?: string): Window | null {
  const { from, to } = periodOf(period);
  const day = asOf ?? to;
  if (day < from) return null;
  return { from, to: day < to ? day : to, asOf: day };
}

/**
 * The additive counts of one unit in one fixed period: the histories of the unit's participants
 * (a specialist's caseload, or a programme's), the unit's activity log and specialists. Cuts (age
 * band, track, sex, referral source) are made by passing only the histories of the cut.
 */
export function countUnit(
  histories: readonly ParticipantHistory[],
  activity: readonly ActivityEvent[],
  period: PeriodKey,
  settings: OutcomeSettings,
  options: CountOptions = {},
): UnitCounts {
  const w = windowOf(period, options.asOf);
  if (w === null) return emptyCounts();
  const people = histories.map((h) => observe(h, w, settings));
  return {
    ...caseloadCounts(people, w),
    ...referralCounts(people, w),
    ...jobStartCounts(people, w, settings),
    ...employmentRateCounts(people, settings),
    ...educationCounts(people, w, settings),
    ...retentionCounts(people, w, settings),
    ...tenureCounts(people, w),
    ...timeToEventCounts(people, w),
    ...dischargeCounts(people, w),
    ...workforceCounts(options.specialists ?? [], w),
    ...communityCounts(activity, w),
  };
}
