import { addDays } from '../../../domain/employment.ts';
import { LOST_CONTACT } from '../../../domain/lifecycle.ts';
import type { DischargeBody, ParticipantContact } from '../../api/casework-types.ts';
import { type CaseworkTexts, compact, type Errors, optionalText } from './field-rules.ts';
import { effectiveDateError, type StageFacts } from './stage-form.ts';

export type DischargeField = 'reason' | 'effectiveDate' | 'note';
export const DISCHARGE_FIELDS: readonly DischargeField[] = ['reason', 'effectiveDate', 'note'];

/** Outreach attempts count toward a lost-contact discharge when made this many days before it. */
export const OUTREACH_WINDOW_DAYS = 90;

export interface DischargeValues {
  reason: string;
  effectiveDate: string;
  note: string;
}

/** Documented outreach attempts in the window before `until` (YYYY-MM-DD), as the server counts them. */
export function outreachAttempts(contacts: readonly ParticipantContact[], until: string): number {
  const from = addDays(until, -OUTREACH_WINDOW_DAYS);
  return contacts.filter(
    (c) => c.outcome === 'outreach_attempt' && c.contactDate >= from && c.contactDate <= until,
  ).length;
}

export interface OutreachCheck {
  found: number;
  required: number;
  enough: boolean;
}

/**
 * No one is discharged for missed appointments alone: a lost-contact discharge needs documented
 * outreach first. Null when the reason is another one.
 */
export function outreachCheck(
  values: DischargeValues,
  contacts: readonly ParticipantContact[],
  required: number,
  today: string,
): OutreachCheck | null {
  if (values.reason !== LOST_CONTACT) return null;
  const found = outreachAttempts(contacts, values.effectiveDate || today);
  return { found, required, enough: found >= required };
}

export function validateDischarge(
  values: DischargeValues,
  t: CaseworkTexts,
  facts: StageFacts,
): Errors<DischargeField> {
  return compact({
    reason: values.reason ? undefined : t.validation.choose(t.discharge.reason),
    effectiveDate: effectiveDateError(values.effectiveDate, t.discharge.effectiveDate, t, facts),
    note: undefined,
  });
}

export function dischargeBody(values: DischargeValues): DischargeBody {
  return { reason: values.reason, effectiveDate: values.effectiveDate, note: optionalText(values.note) };
}
