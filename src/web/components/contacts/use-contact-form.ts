import { type FormEvent, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import { type ContactDetailsBody, useSaveContactDetails } from '../../api/use-contact-details.ts';
import { serverFieldErrors } from '../../forms/server-field-errors.ts';

type Field = keyof ContactDetailsBody & string;

/**
 * One of the contact-details forms: its fields' values (an empty one is sent as null, to clear it),
 * the fields the server's 400 names (the first focused, as `contact-<field>`), or the failure to
 * show, or that it was saved.
 */
export function useContactForm<F extends Field>(
  participantId: string,
  fields: readonly F[],
  current: Record<F, string | null>,
  onSaved: () => void,
) {
  const save = useSaveContactDetails(participantId);
  const [values, setValues] = useState(
    () => Object.fromEntries(fields.map((f) => [f, current[f] ?? ''])) as Record<F, string>,
  );
  const [errors, setErrors] = useState<F[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = async () => {
    setSaved(false);
    setFailure(null);
    const body: ContactDetailsBody = Object.fromEntries(fields.map((f) => [f, values[f].trim() || null]));
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
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };
  const change = (field: F, value: string) => setValues({ ...values, [field]: value });
  return { values, change, errors, frame: { onSubmit, pending: save.pending, saved, failure } };
}
