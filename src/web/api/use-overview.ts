import type { CaseloadOverview } from './caseload-types.ts';
import { useApiQuery } from './use-api-query.ts';

/** Every job specialist's caseload, the unassigned and the referral queue (supervisor). */
export function useOverview() {
  return useApiQuery<CaseloadOverview>('/api/caseload/overview');
}
