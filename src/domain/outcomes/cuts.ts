import { ageOn } from '../age.ts';
import { type Label, referralSources, tracks } from '../code-lists.ts';
import type { ParticipantHistory } from './history.ts';

/**
 * The cuts every level can be shown by (issue 14): age band at referral (under 30 or 30 and over, the
 * IPS ung line), track (IPS or IPS ung), sex and referral source. A cut is counted by passing only
 * the cut's histories to countUnit, so cut counts add up to the uncut ones like any other unit.
 */
export const CUTS = ['age_band', 'track', 'sex', 'referral_source'] as const;
export type Cut = (typeof CUTS)[number];

const AGE_LABELS = {
  under_30: { nb: 'Under 30 år', en: 'Under 30' },
  '30_and_over': { nb: '30 år og eldre', en: '30 and over' },
  unknown: { nb: 'Ukjent alder', en: 'Age unknown' },
} satisfies Record<string, Label>;

const SEX_LABELS = {
  female: { nb: 'Kvinne', en: 'Female' },
  male: { nb: 'Mann', en: 'Male' },
} satisfies Record<ParticipantHistory['sex'], Label>;

const LABELS: Record<Cut, Record<string, Label>> = {
  age_band: AGE_LABELS,
  track: tracks.labels,
  sex: SEX_LABELS,
  referral_source: referralSources.labels,
};

export const CUT_NAMES: Record<Cut, Label> = {
  age_band: { nb: 'Alder ved henvisning', en: 'Age at referral' },
  track: { nb: 'Spor', en: 'Track' },
  sex: { nb: 'Kjønn', en: 'Sex' },
  referral_source: { nb: 'Henvist fra', en: 'Referral source' },
};

/** The values a cut takes, in display order. */
export function cutValues(cut: Cut): string[] {
  return Object.keys(LABELS[cut]);
}

export function cutLabel(cut: Cut, value: string): Label {
  return LABELS[cut][value] ?? { nb: value, en: value };
}

/** Which value of the cut a participant falls in; age is taken on the (first) referral date. */
export function cutValue(h: ParticipantHistory, cut: Cut): string {
  switch (cut) {
    case 'age_band':
      if (h.birthDate === null) return 'unknown';
      return ageOn(h.birthDate, h.referralDate) < 30 ? 'under_30' : '30_and_over';
    case 'track':
      return h.track;
    case 'sex':
      return h.sex;
    case 'referral_source':
      return h.referralSource;
  }
}

/** The histories split by a cut, every value present (empty ones too, so tables keep their shape). */
export function splitBy(
  histories: readonly ParticipantHistory[],
  cut: Cut,
): Map<string, ParticipantHistory[]> {
  const groups = new Map<string, ParticipantHistory[]>(cutValues(cut).map((v) => [v, []]));
  for (const h of histories) {
    const value = cutValue(h, cut);
    const group = groups.get(value);
    if (group) group.push(h);
    else groups.set(value, [h]);
  }
  return groups;
}
