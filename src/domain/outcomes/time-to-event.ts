import type { UnitCounts } from './counts.ts';
import { type Episode, inWindow, type Observed, type Window } from './episodes.ts';
import { emptyWeekTable, recordSpell, type WeekTable } from './life-table.ts';
import { daysBetween } from './quarters.ts';

/**
 * Time from referral to a first event, for each referral (episode) opened in the period: the weeks
 * to the first event dated within the episode, or, without one, censored at the discharge or at
 * `asOf` (still waiting). Medians come from Kaplan–Meier over the summed table, so the share still
 * waiting neither drags the median down (as dropping them would) nor counts as a success.
 */
function timeTo(
  people: readonly Observed[],
  w: Window,
  eventDates: (p: Observed) => readonly string[],
): WeekTable {
  const table = emptyWeekTable();
  for (const p of people) {
    const dates = eventDates(p);
    for (const e of p.episodes) {
      if (!inWindow(e.start, w)) continue;
      const first = firstWithin(dates, e);
      const stop = first ?? e.end ?? w.asOf;
      recordSpell(table, daysBetween(e.start, stop), first !== null);
    }
  }
  return table;
}

/** The earliest of the dates that falls within the episode, or null. */
export function firstWithin(dates: readonly string[], e: Episode): string | null {
  let first: string | null = null;
  for (const d of dates) {
    if (d >= e.start && (e.end === null || d <= e.end) && (first === null || d < first)) first = d;
  }
  return first;
}

/**
 * The first meeting: a contact with the participant herself, face to face, that was held (a phone
 * call, a message, a no-show or an outreach attempt is no meeting; nor is a meeting with her NAV
 * adviser or her family about her).
 */
function meetingDates(p: Observed): string[] {
  return p.history.contacts
    .filter((c) => c.counterpart === 'participant' && c.mode === 'face_to_face' && c.outcome === 'held')
    .map((c) => c.date);
}

/**
 * Time from referral to the first meeting with the participant, to the first face-to-face employer
 * contact made for her (IPS-25 rapid job search: within 30 days), and to the first counted job start.
 */
export function timeToEventCounts(
  people: readonly Observed[],
  w: Window,
): Pick<UnitCounts, 'timeToFirstMeeting' | 'timeToEmployerContact' | 'timeToJob'> {
  return {
    timeToFirstMeeting: timeTo(people, w, meetingDates),
    timeToEmployerContact: timeTo(people, w, (p) =>
      p.history.employerContacts.filter((c) => c.faceToFace).map((c) => c.date),
    ),
    timeToJob: timeTo(people, w, (p) => p.starts.map((j) => j.startDate)),
  };
}
