import { type FormEvent, useState } from 'react';
import type { ApiError } from '../api/api-error.ts';
import type { MutationState } from '../api/use-mutation.ts';

/** What an OpenFormFrame shows of its save. */
export interface OpenForm {
  onSubmit: (event: FormEvent) => void;
  saved: boolean;
  pending: boolean;
  error: ApiError | undefined;
}

/**
 * The save of a form that stays open: on submit `args` gives what to save (null when a field is
 * missing, and nothing is sent), `onDone` takes what was saved; `saved` holds until the next submit
 * or `clearSaved`.
 */
export function useOpenForm<A, R>(
  save: MutationState<A, R>,
  args: () => A | null,
  onDone: (value: R) => void,
): OpenForm & { clearSaved: () => void } {
  const [saved, setSaved] = useState(false);
  const submit = async () => {
    setSaved(false);
    const input = args();
    if (input === null) return;
    const result = await save.run(input);
    if (!result.ok) return;
    onDone(result.value);
    setSaved(true);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };
  return { onSubmit, saved, pending: save.pending, error: save.error, clearSaved: () => setSaved(false) };
}
