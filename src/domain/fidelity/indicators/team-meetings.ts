import { addDays } from '../../employment.ts';
import {
  type Anchor,
  daysUpTo,
  type IndicatorRecord,
  type LiveIndicator,
  RECENT_DAYS,
  share,
  within,
} from './indicator.ts';
import type { IndicatorInputs } from './inputs.ts';

/**
 * Organisation item 2, integration through frequent team member contact. IPS-25 rates five
 * components (weekly treatment-team meetings, active part in them, keeping the team thinking about
 * work, integrated records, an office near the team): all five → 5, four → 4, three → 3, two → 2,
 * one or none → 1. Case data shows two: attendance, present when a job specialist is at a team
 * meeting in nearly every week (`WEEKLY_ATTENDANCE_MIN`, leave and holidays allowed for), and
 * integrated records, which the consent-based reading of 2022 rules out. Each one missing takes a
 * point off the best the item could get; the others only the review can see.
 */
export const WEEKLY_ATTENDANCE_MIN = 0.9;
export const ORGANISATION_2_COMPONENTS = 5;

const WEEK = 7;

/**
 * The last thirteen weeks, counted back from `asOf` in whole weeks: for each job specialist
 * employed on a week's last day, whether she attended a team meeting that week. The value is the
 * share of such specialist-weeks attended.
 */
export function teamMeetingIndicator(inputs: IndicatorInputs): LiveIndicator {
  const period = daysUpTo(inputs.asOf, RECENT_DAYS);
  const attendedOn = inputs.attendance.filter((a) => a.attended && within(a.date, period));
  const records: IndicatorRecord[] = [];
  for (let end = inputs.asOf; end >= period.from; end = addDays(end, -WEEK)) {
    const week = { from: addDays(end, -(WEEK - 1)), to: end };
    for (const s of inputs.specialists) {
      if (s.startDate > end || (s.endDate !== null && s.endDate < end)) continue;
      const attended = attendedOn.some((a) => a.userId === s.userId && within(a.date, week));
      records.push({
        kind: 'specialist',
        participantId: null,
        specialistId: s.userId,
        date: week.from,
        value: null,
        label: null,
        counts: attended,
      });
    }
  }
  const s = share(records.filter((r) => r.counts).length, records.length);
  const missing =
    (s.value !== null && s.value >= WEEKLY_ATTENDANCE_MIN ? 0 : 1) +
    (inputs.legalModel === 'integrated' ? 0 : 1);
  return {
    itemKey: 'organisation-2',
    unit: 'share',
    ...s,
    anchor: (ORGANISATION_2_COMPONENTS - missing) as Anchor,
    bound: 'at_most',
    period,
    records,
  };
}
