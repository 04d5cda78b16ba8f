import type { CaseworkSettings } from '../casework-settings.ts';
import { DEFAULT_CASEWORK_SETTINGS } from '../casework-settings.ts';

/**
 * The settings outcome figures are computed and judged with. The hours threshold is the casework
 * setting `competitiveMinHoursPerWeek` (default 4 paid hours a week, IPS Grow's rule; a job with fewer
 * hours is not a job start), so the caseload and the outcome report never disagree on what counts.
 */
export interface OutcomeSettings
  extends Pick<CaseworkSettings, 'competitiveMinHoursPerWeek' | 'caseloadMax'> {
  /** IPS Grow: share of those out of work at referral who work in the quarter (0.40). */
  ipsGrowEmploymentTarget: number;
  /** US Learning Community bands of the quarterly employment rate: minimum, good, exceptional. */
  usLcBands: readonly [number, number, number];
  /** IPS Grow's anchor for the share still working 13 weeks after a job start (0.65). */
  retention13Target: number;
  /** A programme's own target for its employment rate (US LC definition), default the good band. */
  programmeEmploymentTarget: number;
  /** Counted job starts per full-time job specialist per quarter. */
  specialistJobStartsPerQuarter: number;
  /** A job specialist's target employment rate of her own caseload (US LC definition). */
  specialistEmploymentTarget: number;
  /** Smallest count published beyond the programme (suppression.ts; never below 3). */
  suppressionThreshold: number;
}

export const DEFAULT_OUTCOME_SETTINGS: OutcomeSettings = {
  competitiveMinHoursPerWeek: DEFAULT_CASEWORK_SETTINGS.competitiveMinHoursPerWeek,
  caseloadMax: DEFAULT_CASEWORK_SETTINGS.caseloadMax,
  ipsGrowEmploymentTarget: 0.4,
  usLcBands: [0.31, 0.41, 0.5],
  retention13Target: 0.65,
  programmeEmploymentTarget: 0.41,
  specialistJobStartsPerQuarter: 2,
  specialistEmploymentTarget: 0.41,
  suppressionThreshold: 5,
};

/** US Learning Community bands: below 31 %, at least 31 %, at least 41 %, at least 50 %. */
export const US_LC_BANDS = ['below_minimum', 'minimum', 'good', 'exceptional'] as const;
export type UsLcBand = (typeof US_LC_BANDS)[number];

export function usLcBand(rate: number | null, bands: OutcomeSettings['usLcBands']): UsLcBand | null {
  if (rate === null) return null;
  if (rate >= bands[2]) return 'exceptional';
  if (rate >= bands[1]) return 'good';
  if (rate >= bands[0]) return 'minimum';
  return 'below_minimum';
}

/** A figure beside its target: met, not met, or nothing to judge (no denominator). */
export type TargetStatus = 'met' | 'not_met' | null;

export function againstTarget(value: number | null, target: number): TargetStatus {
  if (value === null) return null;
  return value >= target ? 'met' : 'not_met';
}
