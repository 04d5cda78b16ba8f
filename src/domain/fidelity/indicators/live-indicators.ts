import { caseloadIndicator } from './caseload.ts';
import { communityTimeIndicator } from './community-time.ts';
import { employerContactIndicator } from './employer-contacts.ts';
import { followAlongIndicator } from './follow-along.ts';
import type { LiveIndicator, LiveItemKey } from './indicator.ts';
import type { IndicatorInputs } from './inputs.ts';
import { competitiveJobIndicator, employerDiversityIndicator, jobTypeDiversityIndicator } from './jobs.ts';
import { rapidSearchIndicator } from './rapid-search.ts';
import { teamMeetingIndicator } from './team-meetings.ts';

/** Each live item's computation, in the scale's order. */
export const INDICATORS: Record<LiveItemKey, (inputs: IndicatorInputs) => LiveIndicator> = {
  'staffing-1': caseloadIndicator,
  'organisation-2': teamMeetingIndicator,
  'services-4': rapidSearchIndicator,
  'services-6': employerContactIndicator,
  'services-8': jobTypeDiversityIndicator,
  'services-9': employerDiversityIndicator,
  'services-10': competitiveJobIndicator,
  'services-12': followAlongIndicator,
  'services-13': communityTimeIndicator,
};

/** Every live indicator of a programme, from one load of its records. */
export function liveIndicators(inputs: IndicatorInputs): LiveIndicator[] {
  return Object.values(INDICATORS).map((compute) => compute(inputs));
}
