import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** Whether a password signs in here, and which identity providers do. */
export function useSignInOptions() {
  return useApiQuery('/api/auth/providers', (signal) =>
    call(api.GET('/api/auth/providers', { signal }), { skipAuthEvent: true }),
  );
}
