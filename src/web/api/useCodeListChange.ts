import { apiFetch } from './apiFetch.ts';
import type { ChangedCode, CodeChangeBody } from './unit-types.ts';
import { useMutation } from './useMutation.ts';

/** Relabels, retires or restores a code, or adds one (the same call for a code not there yet). */
export function useCodeListChange(list: string) {
  return useMutation(({ code, body }: { code: string; body: CodeChangeBody }) =>
    apiFetch<ChangedCode>(`/api/code-lists/${encodeURIComponent(list)}/${encodeURIComponent(code)}`, {
      method: 'PUT',
      body,
    }),
  );
}
