import { minutesByPlace, workingMinutes } from '../activity.ts';
import type { UnitCounts } from './counts.ts';
import { inWindow, type Window } from './episodes.ts';
import type { ActivityEvent } from './history.ts';

/**
 * Community-time share, as the casework page computes it (activity.ts `communityShare`): minutes in
 * the community ÷ minutes in the community, the office and team meetings, over the activity logged
 * in the period. Travel is in neither. Kept as the two sums so units add.
 */
export function communityCounts(
  activity: readonly ActivityEvent[],
  w: Window,
): Pick<UnitCounts, 'communityMinutes' | 'workingMinutes'> {
  const m = minutesByPlace(activity.filter((a) => inWindow(a.date, w)));
  return { communityMinutes: m.community, workingMinutes: workingMinutes(m) };
}
