import { api, call } from './client.ts';
import type { CodeChangeBody } from './ips-unit-types.ts';
import { useMutation } from './use-mutation.ts';

/** Relabels, retires or restores a code, or adds one (the same call for a code not there yet). */
export function useCodeListChange(list: string) {
  return useMutation(({ code, body }: { code: string; body: CodeChangeBody }) =>
    call(api.PUT('/api/code-lists/{list}/{code}', { params: { path: { list, code } }, body })),
  );
}
