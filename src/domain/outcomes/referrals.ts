import { referralSources } from '../code-lists.ts';
import type { UnitCounts } from './counts.ts';
import { inWindow, type Observed, type Window } from './episodes.ts';

/**
 * Referrals: episodes opened in the period, the first referral and every re-referral after a
 * discharge, by the participant's referral source.
 */
export function referralCounts(
  people: readonly Observed[],
  w: Window,
): Pick<UnitCounts, 'referrals' | 'referralsBySource'> {
  const bySource = Object.fromEntries(
    referralSources.codes.map((s) => [s, 0]),
  ) as UnitCounts['referralsBySource'];
  let referrals = 0;
  for (const p of people) {
    const opened = p.episodes.filter((e) => inWindow(e.start, w)).length;
    referrals += opened;
    bySource[p.history.referralSource] += opened;
  }
  return { referrals, referralsBySource: bySource };
}
