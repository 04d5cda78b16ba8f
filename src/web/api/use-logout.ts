import { api, call } from './client.ts';
import { useMutation } from './use-mutation.ts';

export function useLogout() {
  return useMutation(() => call(api.DELETE('/api/session'), { skipAuthEvent: true }));
}
