import { CUTS, type Cut, cutValue, cutValues } from './cuts.ts';
import type { ParticipantHistory } from './history.ts';

/**
 * How a cut is named where it is stored and asked for: 'cut:value' (e.g. 'age_band:under_30',
 * 'track:ips_ung'); 'all' is every participant. Workforce and activity counts are the programme's
 * in every cut: they are not about participants.
 */
export const ALL = 'all';

/** Every cut key a programme's counts are stored for, 'all' first. */
export const CUT_KEYS: readonly string[] = [
  ALL,
  ...CUTS.flatMap((cut) => cutValues(cut).map((value) => `${cut}:${value}`)),
];

export function isCutKey(text: string): boolean {
  return CUT_KEYS.includes(text);
}

/** The participants of one cut. */
export function inCut(histories: readonly ParticipantHistory[], key: string): ParticipantHistory[] {
  if (key === ALL) return [...histories];
  const [cut, value] = key.split(':') as [Cut, string];
  return histories.filter((h) => cutValue(h, cut) === value);
}
