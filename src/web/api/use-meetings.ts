import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** The programme's team meetings, newest first. */
export function useMeetings() {
  return useApiQuery('/api/meetings', (signal) => call(api.GET('/api/meetings', { signal })));
}
