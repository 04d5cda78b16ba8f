import { type ActivityPlace, activityPlaces } from './code-lists.ts';

export interface ActivityMinutes {
  place: ActivityPlace;
  minutes: number;
}

export const MINUTES_PER_DAY = 1440;

export function minutesByPlace(entries: readonly ActivityMinutes[]): Record<ActivityPlace, number> {
  const out = Object.fromEntries(activityPlaces.codes.map((p) => [p, 0])) as Record<ActivityPlace, number>;
  for (const e of entries) out[e.place] += e.minutes;
  return out;
}

/** The time the community share is a share of: community, office and team meetings (not travel). */
export function workingMinutes(m: Record<ActivityPlace, number>): number {
  return m.community + m.office + m.team_meeting;
}

/**
 * Share of working time spent in the community (IPS-25 item 13: time outside the office). Counted as
 * community ÷ (community + office + team meetings). Travel is left out of both sides: it is neither
 * time with people in the community nor office time, and counting it would reward long drives.
 * Null when there is no time to divide.
 */
export function communityShare(entries: readonly ActivityMinutes[]): number | null {
  const m = minutesByPlace(entries);
  const working = workingMinutes(m);
  return working > 0 ? m.community / working : null;
}

function hours(minutes: number): string {
  return (Math.round((minutes / 60) * 10) / 10).toString();
}

/** A day has 1440 minutes; a new entry must not push the day's logged time past that. */
export function dayLimitProblem(
  existingMinutesThatDay: number,
  newMinutes: number,
  date: string,
): string | null {
  const total = existingMinutesThatDay + newMinutes;
  if (total <= MINUTES_PER_DAY) return null;
  return `minutes would make ${hours(total)} hours (${total} minutes) on ${date}, more than the ${MINUTES_PER_DAY} minutes in a day`;
}
