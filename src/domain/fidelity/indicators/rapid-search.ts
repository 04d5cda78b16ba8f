import type { CaseworkSettings } from '../../casework-settings.ts';
import { addDays } from '../../employment.ts';
import { episodesOf, observedOn } from '../../outcomes/episodes.ts';
import type { Period } from '../../outcomes/history.ts';
import { daysBetween } from '../../outcomes/quarters.ts';
import { firstWithin } from '../../outcomes/time-to-event.ts';
import {
  type AnchorBands,
  type IndicatorRecord,
  type LiveIndicator,
  participantRecord,
  RECENT_DAYS,
  rated,
  within,
} from './indicator.ts';
import type { IndicatorInputs } from './inputs.ts';

/**
 * Services item 4, rapid job search: days from entry to the first face-to-face employer contact
 * about a competitive job, on average. IPS-25: within 30 days → 5, 31–60 → 4, 61–150 → 3,
 * 151–270 → 2, 271 or more → 1.
 */
export const RAPID_SEARCH_BANDS: AnchorBands = {
  better: 'lower',
  bands: [
    { limit: 30, anchor: 5 },
    { limit: 60, anchor: 4 },
    { limit: 150, anchor: 3 },
    { limit: 270, anchor: 2 },
  ],
  floor: 1,
};

/** Thirteen weeks of entries, ending `rapidSearchDays` before `asOf`. */
export function rapidSearchPeriod(asOf: string, settings: Pick<CaseworkSettings, 'rapidSearchDays'>): Period {
  const to = addDays(asOf, -settings.rapidSearchDays);
  return { from: addDays(to, -(RECENT_DAYS - 1)), to };
}

/**
 * The entries (referrals and re-referrals, outcomes' episodes) of thirteen weeks ending
 * `rapidSearchDays` before `asOf`, so every one has had its days; for each, the days to the first
 * face-to-face employer contact made for her within the episode (outcomes' time to employer
 * contact). One without a contact yet counts the days she has waited so far (to `asOf` or her
 * discharge): a lower bound, so the mean never looks worse than it is. The value is the mean; the
 * share within `rapidSearchDays` is its numerator and denominator.
 */
export function rapidSearchIndicator(inputs: IndicatorInputs): LiveIndicator {
  const { asOf, settings } = inputs;
  const period = rapidSearchPeriod(asOf, settings);
  const records: IndicatorRecord[] = [];
  for (const h of inputs.histories) {
    const seen = observedOn(h, asOf);
    const contacts = seen.employerContacts.filter((c) => c.faceToFace).map((c) => c.date);
    for (const e of episodesOf(seen, asOf)) {
      if (!within(e.start, period)) continue;
      const first = firstWithin(contacts, e);
      const days = daysBetween(e.start, first ?? e.end ?? asOf);
      const counts = first !== null && days <= settings.rapidSearchDays;
      records.push(participantRecord(h, { date: e.start, value: days, label: first, counts }));
    }
  }
  const total = records.reduce((sum, r) => sum + (r.value ?? 0), 0);
  const value = records.length > 0 ? total / records.length : null;
  return rated(
    { itemKey: 'services-4', unit: 'days', bands: RAPID_SEARCH_BANDS },
    { value, numerator: records.filter((r) => r.counts).length, denominator: records.length },
    period,
    records,
  );
}
