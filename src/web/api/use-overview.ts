import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** Every job specialist's caseload, the unassigned and the referral queue (supervisor). */
export function useOverview() {
  return useApiQuery('/api/caseload/overview', (signal) =>
    call(api.GET('/api/caseload/overview', { signal })),
  );
}
