import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** The programme's employers with their contact and job counts. */
export function useEmployers() {
  return useApiQuery('/api/employers', (signal) => call(api.GET('/api/employers', { signal })));
}
