import type { FieldError } from './field-error.ts';
import { checkFnr, type IdentityNumberPolicy } from './fnr.ts';

// Built once: constructing an Intl.DateTimeFormat costs ~80 µs, and every consent decision asks.
const OSLO_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' });

/** Oslo's calendar date on a moment, as 'YYYY-MM-DD': the day consents and referrals are dated by. */
export function osloToday(now: Date = new Date()): string {
  return OSLO_DATE.format(now);
}

export function isRealDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export interface ReferralFacts {
  fnr?: string;
  referralDate?: string;
}

/** The rules a referral must satisfy beyond its shape (the shape is checked by the route's schema). */
export function validateReferral(
  input: ReferralFacts,
  policy: IdentityNumberPolicy,
  now: Date = new Date(),
): FieldError[] {
  const errors: FieldError[] = [];
  if (input.fnr !== undefined) {
    const problem = checkFnr(input.fnr, policy);
    if (problem) errors.push({ path: 'fnr', message: `fnr ${problem}` });
  }
  if (input.referralDate !== undefined) {
    if (!isRealDate(input.referralDate)) {
      errors.push({ path: 'referralDate', message: 'referralDate is not a real calendar date' });
    } else if (input.referralDate > osloToday(now)) {
      errors.push({ path: 'referralDate', message: 'referralDate cannot be in the future' });
    }
  }
  return errors;
}
