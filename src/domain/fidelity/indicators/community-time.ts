import { communityShare, minutesByPlace, workingMinutes } from '../../activity.ts';
import {
  type AnchorBands,
  daysUpTo,
  type LiveIndicator,
  RECENT_DAYS,
  rated,
  share,
  specialistRecord,
} from './indicator.ts';
import type { IndicatorInputs, SpecialistMinutes } from './inputs.ts';

/**
 * Services item 13, community-based services: the share of job specialists' working time spent
 * outside the office. IPS-25: 65 % or more → 5, 50–64 → 4, 40–49 → 3, 30–39 → 2, less → 1.
 */
export const COMMUNITY_BANDS: AnchorBands = {
  better: 'higher',
  bands: [
    { limit: 0.65, anchor: 5 },
    { limit: 0.5, anchor: 4 },
    { limit: 0.4, anchor: 3 },
    { limit: 0.3, anchor: 2 },
  ],
  floor: 1,
};

/**
 * The programme's community share over the last thirteen weeks, as the outcome report counts it
 * (community ÷ community, office and team meetings; travel in neither), and each specialist's own,
 * from the minutes each logged in each place.
 */
export function communityTimeIndicator(inputs: IndicatorInputs): LiveIndicator {
  const period = daysUpTo(inputs.asOf, RECENT_DAYS);
  const m = minutesByPlace(inputs.activity);
  const s = share(m.community, workingMinutes(m));
  const bySpecialist = new Map<string, SpecialistMinutes[]>();
  for (const a of inputs.activity) bySpecialist.set(a.userId, [...(bySpecialist.get(a.userId) ?? []), a]);
  const records = [...bySpecialist].map(([specialistId, entries]) => {
    const own = communityShare(entries);
    const counts = own !== null && own >= inputs.settings.communityShareAnchor / 100;
    return specialistRecord(specialistId, { value: own, counts });
  });
  return rated({ itemKey: 'services-13', unit: 'share', bands: COMMUNITY_BANDS }, s, period, records);
}
