import { type FormEvent, useState } from 'react';
import type { ApiError } from '../api/api-error.ts';
import type { MutationResult } from '../api/use-mutation.ts';
import { fieldProps } from './field-props.ts';
import { serverFieldErrors } from './server-field-errors.ts';
import { useFormErrors } from './use-form-errors.ts';

interface Options<V, F extends string> {
  initial: V;
  /** The form's fields in display order; the API's 400 paths are mapped onto them. */
  fields: readonly F[];
  /** The element id of each field, for the error summary's links and the fields' ids. */
  fieldId: (field: F) => string;
  validate: (values: V) => Partial<Record<F, string>>;
  /** Our wording for a field the API rejected (its own messages are technical English). */
  invalid: (field: F) => string;
  /** Field errors for an answer that is not a 400, e.g. a 409 on a unique field; null if none. */
  special?: (error: ApiError) => Partial<Record<F, string>> | null;
  /** Sends the values; resolves with the API error, or null on success. */
  send: (values: V) => Promise<ApiError | null>;
}

/**
 * The submit flow of a form: validate locally, then send. A 400 marks the fields it names, and
 * anything else (or a 400 naming no field) becomes `generalError`, shown above the form.
 */
export function useFormFlow<V, F extends string>(options: Options<V, F>) {
  const [values, setValues] = useState(options.initial);
  const [generalError, setGeneralError] = useState<ApiError | null>(null);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const fieldErrors = useFormErrors<F>();

  /** Changes the values; the error of `field`, if given, goes away as the user fixes it. */
  const update = (change: (current: V) => V, field?: F) => {
    setValues(change);
    if (field) fieldErrors.clear(field);
  };
  /** Merges a change reported by a group of fields (`(change, field)`), clearing that field's error. */
  const change = (next: Partial<V>, field: F) => update((current) => ({ ...current, ...next }), field);
  /** Sets one text field's value, clearing its error. */
  const set = (field: F, value: string) => update((current) => ({ ...current, [field]: value }), field);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setGeneralError(null);
    setUnmatched([]);
    const local = options.validate(values);
    if (Object.keys(local).length > 0) return fieldErrors.show(local);
    setPending(true);
    let error: ApiError | null;
    try {
      error = await options.send(values);
    } finally {
      setPending(false);
    }
    if (!error) return;
    const special = options.special?.(error);
    if (special) return fieldErrors.show(special);
    const mapped = error.status === 400 ? serverFieldErrors(error, options.fields) : null;
    const rejected = mapped?.fields ?? [];
    if (rejected.length > 0) {
      fieldErrors.show(
        Object.fromEntries(rejected.map((f) => [f, options.invalid(f)])) as Partial<Record<F, string>>,
      );
    }
    if (!mapped || mapped.unmatched.length > 0 || rejected.length === 0) {
      setGeneralError(error);
      setUnmatched(mapped?.unmatched.map((e) => e.message) ?? []);
    }
  };

  return {
    values,
    update,
    change,
    set,
    /** Binds a field's id, value, error and change handler: `<TextField {...form.field.input('note')} />`. */
    field: fieldProps({ values, errors: fieldErrors.errors, set }, options.fieldId),
    fields: options.fields,
    fieldId: options.fieldId,
    onSubmit,
    /** While the values are being sent: the submit button shows it and takes no second click. */
    pending,
    errors: fieldErrors.errors,
    summaryRef: fieldErrors.summaryRef,
    generalError,
    unmatched,
  };
}

/** For `send`: the write's API error, or null once `onDone` has what the write returned. */
export async function afterWrite<R>(
  write: Promise<MutationResult<R>>,
  onDone: (value: R) => void,
): Promise<ApiError | null> {
  const result = await write;
  if (!result.ok) return result.error;
  onDone(result.value);
  return null;
}
