import { useApiQuery } from './useApiQuery.ts';
import type { CaseloadOverview } from './work-types.ts';

/** Every job specialist's caseload, the unassigned and the referral queue (supervisor). */
export function useOverview() {
  return useApiQuery<CaseloadOverview>('/api/caseload/overview');
}
