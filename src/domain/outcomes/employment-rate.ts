import { isCompetitive } from '../employment.ts';
import type { UnitCounts } from './counts.ts';
import { type Observed, runsDuring } from './episodes.ts';
import type { OutcomeSettings } from './targets.ts';

/** Worked in a counted job on at least one of her active days in the window (any job, also one held at referral). */
export function workedWhileActive(p: Observed, s: OutcomeSettings): boolean {
  return p.history.jobs.some((j) => isCompetitive(j, s) && runsDuring(j, p.ranges));
}

/**
 * Quarterly employment rate under both named definitions (BRIEF §4):
 * - US Learning Community: participants who worked in a counted job on ≥ 1 day of the period on
 *   which they were on the active caseload ÷ the active caseload.
 * - IPS Grow (since 2024): the same, with numerator and denominator restricted to participants out
 *   of work at referral. Those whose status at referral is not recorded are in neither IPS Grow
 *   count and are reported as `workAtReferralUnknown`, so the denominator is never guessed.
 * Participants in work at referral are reported apart (job retention): how many, and how many of
 * them worked in a counted job in the period.
 */
export function employmentRateCounts(
  people: readonly Observed[],
  s: OutcomeSettings,
): Pick<
  UnitCounts,
  | 'usLcEmployed'
  | 'usLcDenominator'
  | 'ipsGrowEmployed'
  | 'ipsGrowDenominator'
  | 'workAtReferralUnknown'
  | 'inWorkAtReferral'
  | 'inWorkAtReferralWorking'
> {
  const out = {
    usLcEmployed: 0,
    usLcDenominator: 0,
    ipsGrowEmployed: 0,
    ipsGrowDenominator: 0,
    workAtReferralUnknown: 0,
    inWorkAtReferral: 0,
    inWorkAtReferralWorking: 0,
  };
  for (const p of people) {
    if (p.ranges.length === 0) continue;
    const worked = workedWhileActive(p, s) ? 1 : 0;
    out.usLcDenominator++;
    out.usLcEmployed += worked;
    const atReferral = p.history.employedAtReferral;
    if (atReferral === false) {
      out.ipsGrowDenominator++;
      out.ipsGrowEmployed += worked;
    } else if (atReferral === true) {
      out.inWorkAtReferral++;
      out.inWorkAtReferralWorking += worked;
    } else {
      out.workAtReferralUnknown++;
    }
  }
  return out;
}
