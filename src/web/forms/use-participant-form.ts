import { type FormEvent, useState } from 'react';
import type { ApiError } from '../api/api-error.ts';
import { todayInOslo } from '../i18n/format.ts';
import { useT } from '../i18n/use-t.ts';
import {
  isReferralFactField,
  PARTICIPANT_FORM_FIELDS,
  type ParticipantFormField,
  type ParticipantFormValues,
} from './participant-form.ts';
import { serverFieldErrors } from './server-field-errors.ts';
import { useFormErrors } from './use-form-errors.ts';
import { validateParticipant } from './validate-participant.ts';

/**
 * State and submit flow shared by the create and edit forms: validate locally, then send. A 400
 * marks the fields it names (in our own words; the server's messages are technical English), a
 * 409 `conflict` on create marks the fødselsnummer as taken, and anything else (or a 400 naming
 * no field) becomes `generalError`. `send` resolves with the API error, or null on success.
 */
export function useParticipantForm<V extends ParticipantFormValues>(
  initial: V,
  send: (values: V) => Promise<ApiError | null>,
) {
  const t = useT();
  const [values, setValues] = useState(initial);
  const [generalError, setGeneralError] = useState<ApiError | null>(null);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const fieldErrors = useFormErrors<ParticipantFormField>();
  const invalid = (field: ParticipantFormField) =>
    isReferralFactField(field) ? t.casework.referral.invalid[field] : t.validation.invalid[field];

  const onChange = (field: ParticipantFormField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    fieldErrors.clear(field);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setGeneralError(null);
    setUnmatched([]);
    const local = validateParticipant(values, t, todayInOslo());
    if (Object.keys(local).length > 0) {
      fieldErrors.show(local);
      return;
    }
    const error = await send(values);
    if (!error) return;
    if (error.code === 'conflict' && 'fnr' in values) {
      fieldErrors.show({ fnr: t.validation.fnrTaken });
      return;
    }
    const mapped = error.status === 400 ? serverFieldErrors(error, PARTICIPANT_FORM_FIELDS) : null;
    const rejected = mapped?.fields ?? [];
    if (rejected.length > 0) {
      fieldErrors.show(Object.fromEntries(rejected.map((field) => [field, invalid(field)])));
    }
    if (!mapped || mapped.unmatched.length > 0 || rejected.length === 0) {
      setGeneralError(error);
      setUnmatched(mapped?.unmatched.map((e) => e.message) ?? []);
    }
  };

  return {
    values,
    onChange,
    onSubmit,
    errors: fieldErrors.errors,
    summaryRef: fieldErrors.summaryRef,
    generalError,
    /** Messages of 400 errors that name no field on this form. */
    unmatched,
  };
}
