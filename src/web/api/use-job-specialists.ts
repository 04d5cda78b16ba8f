import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** Job specialists in the caller's programme. */
export function useJobSpecialists() {
  return useApiQuery('/api/job-specialists', (signal) => call(api.GET('/api/job-specialists', { signal })));
}
