import { forSpecialist } from './specialistQuery.ts';
import { useApiQuery } from './useApiQuery.ts';
import type { CaseloadPage } from './work-types.ts';

/** A job specialist's caseload page: the caller's own, or (for a supervisor) the one asked for. */
export function useWorkCaseload(specialistId?: string) {
  return useApiQuery<CaseloadPage>(forSpecialist('/api/caseload', specialistId));
}
