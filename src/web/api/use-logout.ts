import { api, call } from './client.ts';
import { useMutation } from './use-mutation.ts';

/** Signs out; the answer names the identity provider's sign-out when a provider signed the user in. */
export function useLogout() {
  return useMutation(() => call(api.DELETE('/api/session'), { skipAuthEvent: true }));
}
