import type { CodeEntry } from '../../domain/code-list-overrides.ts';
import { apiFetch } from './apiFetch.ts';
import type { CodeChangeBody } from './unit-types.ts';
import { useMutation } from './useMutation.ts';

/** Relabels, retires or restores a code, or adds one (the same call for a code not there yet). */
export function useCodeListChange(list: string) {
  return useMutation(({ code, body }: { code: string; body: CodeChangeBody }) =>
    apiFetch<CodeEntry>(`/api/code-lists/${encodeURIComponent(list)}/${encodeURIComponent(code)}`, {
      method: 'PUT',
      body,
    }),
  );
}
