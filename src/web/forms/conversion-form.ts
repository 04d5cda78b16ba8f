import type { Messages } from '../i18n/nb.ts';
import {
  CONSENT_FIELDS,
  type ConsentField,
  type ConsentFormValues,
  validateConsent,
} from './consent-form.ts';
import { type NewParticipantValues, PARTICIPANT_FIELDS, type ParticipantField } from './participant-form.ts';
import { validateParticipant } from './validate-participant.ts';

/** A candidate's conversion: the referral that makes them a participant, and the consent they gave. */
export interface ConversionValues {
  referral: NewParticipantValues;
  consent: ConsentFormValues;
}

export type ConversionField = ParticipantField | ConsentField;

/** Referral first, then consent, as on screen. The two sets of names do not overlap. */
export const CONVERSION_FIELDS: readonly ConversionField[] = [...PARTICIPANT_FIELDS, ...CONSENT_FIELDS];

export function validateConversion(
  v: ConversionValues,
  t: Messages,
  today: string,
): Partial<Record<ConversionField, string>> {
  return { ...validateParticipant(v.referral, t, today), ...validateConsent(v.consent, t, today) };
}
