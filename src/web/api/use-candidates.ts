import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** The programme's candidates not yet converted, newest first. */
export function useCandidates() {
  return useApiQuery('/api/candidates', (signal) => call(api.GET('/api/candidates', { signal })));
}
