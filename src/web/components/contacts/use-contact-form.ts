import { useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import { type ContactDetailsBody, useSaveContactDetails } from '../../api/use-contact-details.ts';
import { serverFieldErrors } from '../../forms/server-field-errors.ts';

/**
 * Saving one of the contact-details forms: the fields the server's 400 names (the first focused, as
 * `contact-<field>`), or the failure to show, or that it was saved.
 */
export function useContactForm<F extends string>(
  participantId: string,
  fields: readonly F[],
  onSaved: () => void,
) {
  const save = useSaveContactDetails(participantId);
  const [errors, setErrors] = useState<F[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = async (body: ContactDetailsBody) => {
    setSaved(false);
    setFailure(null);
    const result = await save.run(body);
    if (result.ok) {
      setErrors([]);
      setSaved(true);
      return onSaved();
    }
    const named = result.error.status === 400 ? serverFieldErrors(result.error, fields).fields : [];
    if (named.length === 0) return setFailure(result.error);
    setErrors(named);
    document.getElementById(`contact-${named[0]}`)?.focus();
  };
  return { submit, errors, frame: { pending: save.pending, saved, failure } };
}
