import { apiFetch } from './api-fetch.ts';
import type { ChangedCode, CodeChangeBody } from './ips-unit-types.ts';
import { useMutation } from './use-mutation.ts';

/** Relabels, retires or restores a code, or adds one (the same call for a code not there yet). */
export function useCodeListChange(list: string) {
  return useMutation(({ code, body }: { code: string; body: CodeChangeBody }) =>
    apiFetch<ChangedCode>(`/api/code-lists/${encodeURIComponent(list)}/${encodeURIComponent(code)}`, {
      method: 'PUT',
      body,
    }),
  );
}
