import { communityShare } from '../../activity.ts';
import { communityCounts } from '../../outcomes/community.ts';
import type { ActivityEvent } from '../../outcomes/history.ts';
import {
  type AnchorBands,
  anchorOf,
  daysUpTo,
  type IndicatorRecord,
  type LiveIndicator,
  RECENT_DAYS,
  share,
  within,
} from './indicator.ts';
import type { IndicatorInputs } from './inputs.ts';

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
 * (community ÷ community, office and team meetings; travel in neither), and each specialist's own.
 */
export function communityTimeIndicator(inputs: IndicatorInputs): LiveIndicator {
  const period = daysUpTo(inputs.asOf, RECENT_DAYS);
  const w = { ...period, asOf: inputs.asOf };
  const { communityMinutes, workingMinutes } = communityCounts(inputs.activity, w);
  const s = share(communityMinutes, workingMinutes);
  const bySpecialist = new Map<string, ActivityEvent[]>();
  for (const a of inputs.activity) {
    if (within(a.date, period)) bySpecialist.set(a.userId, [...(bySpecialist.get(a.userId) ?? []), a]);
  }
  const records: IndicatorRecord[] = [...bySpecialist].map(([specialistId, entries]) => {
    const own = communityShare(entries);
    return {
      kind: 'specialist',
      participantId: null,
      specialistId,
      date: null,
      value: own,
      label: null,
      counts: own !== null && own >= inputs.settings.communityShareAnchor / 100,
    };
  });
  return {
    itemKey: 'services-13',
    unit: 'share',
    ...s,
    anchor: s.value === null ? null : anchorOf(s.value, COMMUNITY_BANDS),
    bound: 'exact',
    period,
    records,
  };
}
