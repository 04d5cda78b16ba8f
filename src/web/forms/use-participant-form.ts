import type { ApiError } from '../api/api-error.ts';
import { todayInOslo } from '../i18n/format.ts';
import { useT } from '../i18n/use-t.ts';
import {
  fieldId,
  isReferralFactField,
  PARTICIPANT_FORM_FIELDS,
  type ParticipantFormField,
  type ParticipantFormValues,
} from './participant-form.ts';
import { useFormFlow } from './use-form-flow.ts';
import { validateParticipant } from './validate-participant.ts';

/**
 * The submit flow shared by the create and edit forms, on the one every form uses: a 400 marks the
 * fields it names (in our own words; the server's messages are technical English), and a 409
 * `conflict` on create marks the fødselsnummer as taken. `send` resolves with the API error, or
 * null on success.
 */
export function useParticipantForm<V extends ParticipantFormValues>(
  initial: V,
  send: (values: V) => Promise<ApiError | null>,
) {
  const t = useT();
  const form = useFormFlow<V, ParticipantFormField>({
    initial,
    fields: PARTICIPANT_FORM_FIELDS,
    fieldId,
    validate: (values) => validateParticipant(values, t, todayInOslo()),
    invalid: (field) =>
      isReferralFactField(field) ? t.casework.referral.invalid[field] : t.validation.invalid[field],
    // Only the create form has a fødselsnummer to be taken.
    special: (error) =>
      error.code === 'conflict' && 'fnr' in initial ? { fnr: t.validation.fnrTaken } : null,
    send,
  });
  return { ...form, onChange: form.set };
}
