import { addDays } from '../../employment.ts';
import { countedStarts, episodesOf, isActiveOn, observedOn } from '../../outcomes/episodes.ts';
import { daysBetween } from '../../outcomes/quarters.ts';
import {
  type AnchorBands,
  type IndicatorRecord,
  type LiveIndicator,
  participantRecord,
  rated,
} from './indicator.ts';
import type { IndicatorInputs } from './inputs.ts';

/** Six months in work: from then on, how long follow-along has lasted says something. */
export const FOLLOW_ALONG_COHORT_DAYS = 182;

/**
 * Services item 12, time-unlimited follow-along, rated by how long follow-along lasts for most of
 * those working: none after the start → 1, under six months → 2, six to eleven → 3, a year or more
 * → 4. Read as the median, in days. 5 (as long as needed, a planned hand-over after a steady year)
 * needs what only the review sees.
 */
export const FOLLOW_ALONG_BANDS: AnchorBands = {
  better: 'higher',
  bands: [
    { limit: 365, anchor: 4 },
    { limit: FOLLOW_ALONG_COHORT_DAYS, anchor: 3 },
    { limit: 1, anchor: 2 },
  ],
  floor: 1,
};

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Participants on the caseload on `asOf` in a current counted job started six months or more
 * before. For each, how long follow-along has lasted: from the start to her last follow-along
 * contact, or to `asOf` while it goes on (a contact within `followAlongMonthlyDays`). The value is
 * the median; those still followed are the numerator, so a cut-off shows as a share too.
 */
export function followAlongIndicator(inputs: IndicatorInputs): LiveIndicator {
  const { asOf, settings } = inputs;
  const startedBy = addDays(asOf, -FOLLOW_ALONG_COHORT_DAYS);
  const ongoingSince = addDays(asOf, -settings.followAlongMonthlyDays);
  const records: IndicatorRecord[] = [];
  for (const h of inputs.histories) {
    const seen = observedOn(h, asOf);
    const episodes = episodesOf(seen, asOf);
    if (!isActiveOn(episodes, asOf)) continue;
    const job = countedStarts(seen.jobs, episodes, settings).find(
      (j) => j.startDate <= startedBy && j.endDate === null,
    );
    if (!job) continue;
    const newest = inputs.lastContacts.get(h.participantId);
    const last = newest !== undefined && newest >= job.startDate ? newest : null;
    const ongoing = last !== null && last >= ongoingSince;
    const days = last === null ? 0 : daysBetween(job.startDate, ongoing ? asOf : last);
    records.push(participantRecord(h, { date: job.startDate, value: days, label: last, counts: ongoing }));
  }
  records.sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : 1));
  const value = median(records.map((r) => r.value ?? 0));
  return rated(
    { itemKey: 'services-12', unit: 'days', bands: FOLLOW_ALONG_BANDS },
    { value, numerator: records.filter((r) => r.counts).length, denominator: records.length },
    { from: startedBy, to: asOf },
    records,
  );
}
