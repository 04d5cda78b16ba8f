import { isUnder30AtReferral } from '../age.ts';
import { referralSources, tracks } from '../code-lists.ts';
import type { ParticipantHistory } from './history.ts';

/**
 * The ways a programme's participants are cut for reporting: age band at referral (< 30 / ≥ 30, as
 * the referral queue's flag), track (IPS / IPS ung), sex and referral source. A cut is a key
 * 'dimension:value'; 'all' is every participant. Workforce and activity counts are the programme's
 * in every cut: they are not about participants.
 */
export const CUT_DIMENSIONS = {
  age: ['under30', 'over30'],
  track: tracks.codes,
  sex: ['female', 'male'],
  source: referralSources.codes,
} as const;
export type CutDimension = keyof typeof CUT_DIMENSIONS;

export const ALL = 'all';

/** Every cut key a programme's counts are stored for, 'all' first. */
export const CUT_KEYS: readonly string[] = [
  ALL,
  ...Object.entries(CUT_DIMENSIONS).flatMap(([dimension, values]) => values.map((v) => `${dimension}:${v}`)),
];

export function isCutKey(text: string): boolean {
  return CUT_KEYS.includes(text);
}

function valueOf(h: ParticipantHistory, dimension: CutDimension): string {
  switch (dimension) {
    case 'age':
      // Without a birth date the age band is unknown: she counts in neither band.
      if (h.birthDate === null) return 'unknown';
      return isUnder30AtReferral(h.birthDate, h.referralDate) ? 'under30' : 'over30';
    case 'track':
      return h.track;
    case 'sex':
      return h.sex;
    case 'source':
      return h.referralSource;
  }
}

/** The participants of one cut. */
export function inCut(histories: readonly ParticipantHistory[], cut: string): ParticipantHistory[] {
  if (cut === ALL) return [...histories];
  const [dimension, value] = cut.split(':') as [CutDimension, string];
  return histories.filter((h) => valueOf(h, dimension) === value);
}
