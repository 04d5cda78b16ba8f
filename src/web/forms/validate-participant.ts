import type { Messages } from '../i18n/nb.ts';
import { isCalendarDate } from './dates.ts';
import {
  type FieldErrors,
  normaliseFnr,
  type ParticipantFormValues,
  REQUIRED_FIELDS,
} from './participant-form.ts';

/** Client-side checks mirroring the API's, so most mistakes are caught without a round trip. */
export function validateParticipant(
  values: ParticipantFormValues & { fnr?: string },
  t: Messages,
  today: string,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of REQUIRED_FIELDS) {
    const value = values[field];
    if (value !== undefined && value.trim() === '') errors[field] = t.validation.required[field];
  }
  if (values.fnr?.trim() && !/^\d{11}$/.test(normaliseFnr(values.fnr))) {
    errors.fnr = t.validation.fnrFormat;
  }
  if (values.referralDate && !isCalendarDate(values.referralDate)) {
    errors.referralDate = t.validation.dateFormat;
  } else if (values.referralDate > today) {
    errors.referralDate = t.validation.dateInFuture;
  }
  return errors;
}
