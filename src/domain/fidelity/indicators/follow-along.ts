import { addDays } from '../../employment.ts';
import { countedStarts, episodesOf, isActiveOn, observedOn } from '../../outcomes/episodes.ts';
import type { ParticipantHistory } from '../../outcomes/history.ts';
import { type AnchorBands, anchorOf, type IndicatorRecord, type LiveIndicator, share } from './indicator.ts';
import type { IndicatorInputs } from './inputs.ts';

/** About four months: past it, IPS-25 asks whether follow-along still goes on. */
export const FOLLOW_ALONG_AFTER_DAYS = 120;

/**
 * Services item 12, time-unlimited follow-along. IPS-25 rates how long face-to-face support goes on
 * after a job start: with fewer than half of the working clients for four months → 2, at least
 * half → 3, at least monthly for a year or more on average → 4; 5 also needs contact before the
 * start and a planned step-down, which only the review can see. Read here as the share of those
 * working four months or more who are still followed at least monthly: almost all (90 %) → 4.
 */
export const FOLLOW_ALONG_BANDS: AnchorBands = {
  better: 'higher',
  bands: [
    { limit: 0.9, anchor: 4 },
    { limit: 0.5, anchor: 3 },
    { limit: Number.MIN_VALUE, anchor: 2 },
  ],
  floor: 1,
};

/** The newest follow-along contact on or after a day: any contact with or about her, or an employer contact for her (the task list's definition). */
function lastContactSince(h: ParticipantHistory, since: string): string | null {
  let last: string | null = null;
  for (const d of [...h.contacts.map((c) => c.date), ...h.employerContacts.map((c) => c.date)]) {
    if (d >= since && (last === null || d > last)) last = d;
  }
  return last;
}

/**
 * Participants on the caseload on `asOf` in a current counted job started at least four months
 * before: each counts when her last follow-along contact since the start is within
 * `followAlongMonthlyDays`, i.e. support has not stopped at a time limit.
 */
export function followAlongIndicator(inputs: IndicatorInputs): LiveIndicator {
  const { asOf, settings } = inputs;
  const startedBy = addDays(asOf, -FOLLOW_ALONG_AFTER_DAYS);
  const followedSince = addDays(asOf, -settings.followAlongMonthlyDays);
  const records: IndicatorRecord[] = [];
  for (const h of inputs.histories) {
    const seen = observedOn(h, asOf);
    const episodes = episodesOf(seen, asOf);
    if (!isActiveOn(episodes, asOf)) continue;
    const job = countedStarts(seen.jobs, episodes, settings).find(
      (j) => j.startDate <= startedBy && j.endDate === null,
    );
    if (!job) continue;
    const last = lastContactSince(seen, job.startDate);
    records.push({
      kind: 'participant',
      participantId: h.participantId,
      specialistId: h.jobSpecialistId,
      date: job.startDate,
      value: null,
      label: last,
      counts: last !== null && last >= followedSince,
    });
  }
  const s = share(records.filter((r) => r.counts).length, records.length);
  return {
    itemKey: 'services-12',
    unit: 'share',
    ...s,
    anchor: s.value === null ? null : anchorOf(s.value, FOLLOW_ALONG_BANDS),
    bound: 'exact',
    period: { from: startedBy, to: asOf },
    records,
  };
}
