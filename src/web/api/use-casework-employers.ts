import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** The programme's employers, to choose where a job is. */
export function useCaseworkEmployers() {
  return useApiQuery('/api/employers', (signal) => call(api.GET('/api/employers', { signal })));
}
