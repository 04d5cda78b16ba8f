import type { Track } from './code-lists.ts';
import type { FieldError } from './field-error.ts';

/** IPS ung is for young people aged 16 to 30 (inclusive) when referred. */
export const IPS_UNG_MIN_AGE = 16;
export const IPS_UNG_MAX_AGE = 30;

/** Whole years from birthDate to date (a birthday counts on its day; 29 February turns on 1 March). */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** Priority flag on the referral queue; without a birth date there is nothing to flag. */
export function isUnder30AtReferral(birthDate: string | null, referralDate: string): boolean {
  return birthDate !== null && ageOn(birthDate, referralDate) < 30;
}

export function validateTrack(track: Track, birthDate: string | null, referralDate: string): FieldError[] {
  if (track !== 'ips_ung') return [];
  if (birthDate === null) {
    return [{ path: 'track', message: 'track ips_ung needs a known birth date (age 16–30 at referral)' }];
  }
  const age = ageOn(birthDate, referralDate);
  if (age < IPS_UNG_MIN_AGE || age > IPS_UNG_MAX_AGE) {
    return [
      {
        path: 'track',
        message: `track ips_ung is for ages ${IPS_UNG_MIN_AGE}–${IPS_UNG_MAX_AGE} at referral; the participant was ${age}`,
      },
    ];
  }
  return [];
}
