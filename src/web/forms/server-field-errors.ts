import type { ApiError } from '../api/api-error.ts';
import type { FieldError } from '../api/types.ts';

export interface MappedFieldErrors<F extends string> {
  /** Form fields the server rejected, each once. */
  fields: F[];
  /** Errors whose path names no field on the form; shown in a general alert instead. */
  unmatched: FieldError[];
}

/**
 * Maps a 400's `errors[].path` onto form fields. Paths may arrive as "fnr", "body.fnr" or
 * "/fnr" (ApiError has already joined array paths with dots), so any segment naming a field wins.
 */
export function serverFieldErrors<F extends string>(
  error: ApiError,
  formFields: readonly F[],
): MappedFieldErrors<F> {
  const fields: F[] = [];
  const unmatched: FieldError[] = [];
  for (const fieldError of error.errors) {
    const segments = fieldError.path.split(/[./]/);
    const field = formFields.find((f) => segments.includes(f));
    if (!field) unmatched.push(fieldError);
    else if (!fields.includes(field)) fields.push(field);
  }
  return { fields, unmatched };
}
