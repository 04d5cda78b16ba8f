import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** The job specialists' employment periods in the programme. */
export function useWorkforce() {
  return useApiQuery('/api/workforce', (signal) => call(api.GET('/api/workforce', { signal })));
}
