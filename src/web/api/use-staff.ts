import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** The caller's programme's staff who take part in team meetings. */
export function useStaff() {
  return useApiQuery('/api/staff', (signal) => call(api.GET('/api/staff', { signal })));
}
