import { caseloadCounts } from '../../outcomes/caseload.ts';
import { episodeOn, observe, type Window } from '../../outcomes/episodes.ts';
import { workforceCounts } from '../../outcomes/workforce.ts';
import {
  type AnchorBands,
  type IndicatorRecord,
  type LiveIndicator,
  participantRecord,
  rated,
  specialistRecord,
} from './indicator.ts';
import type { IndicatorInputs } from './inputs.ts';

/**
 * Staffing item 1, caseload size: participants per full-time job specialist. IPS-25: 20 or fewer
 * → 5, 21–25 → 4, 26–30 → 3, 31–40 → 2, 41 or more → 1. A fraction above a whole number is in the
 * next band (20.5 is more than 20).
 */
export const CASELOAD_BANDS: AnchorBands = {
  better: 'lower',
  bands: [
    { limit: 20, anchor: 5 },
    { limit: 25, anchor: 4 },
    { limit: 30, anchor: 3 },
    { limit: 40, anchor: 2 },
  ],
  floor: 1,
};

/**
 * The active caseload on `asOf` (outcomes' definition: referred and not discharged, a pause still
 * active) divided by the FTE of the job specialists employed that day.
 */
export function caseloadIndicator(inputs: IndicatorInputs): LiveIndicator {
  const day = inputs.asOf;
  const w: Window = { from: day, to: day, asOf: day };
  const people = inputs.histories.map((h) => observe(h, w, inputs.settings));
  const { activeAtEnd } = caseloadCounts(people, w);
  const { fteAtEnd } = workforceCounts(inputs.specialists, w);
  const value = fteAtEnd > 0 ? activeAtEnd / fteAtEnd : null;
  const records: IndicatorRecord[] = people
    .filter((p) => p.ranges.length > 0)
    .map((p) =>
      participantRecord(p.history, { date: episodeOn(p.episodes, day)?.start ?? null, counts: true }),
    );
  for (const s of inputs.specialists) {
    if (s.startDate > day || (s.endDate !== null && s.endDate < day)) continue;
    records.push(specialistRecord(s.userId, { date: s.startDate, value: s.fte, counts: true }));
  }
  return rated(
    { itemKey: 'staffing-1', unit: 'participants_per_fte', bands: CASELOAD_BANDS },
    { value, numerator: activeAtEnd, denominator: fteAtEnd },
    { from: day, to: day },
    records,
  );
}
