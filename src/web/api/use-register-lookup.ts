import { api, call } from './client.ts';
import { useMutation } from './use-mutation.ts';

/** Looks an organisation number up in Enhetsregisteret, on the user's request (a button, not a load). */
export function useRegisterLookup() {
  return useMutation((orgNumber: string) =>
    call(api.GET('/api/employers/lookup/{orgNumber}', { params: { path: { orgNumber } } })),
  );
}
