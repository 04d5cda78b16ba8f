import type { CaseloadPage } from './caseload-types.ts';
import { forSpecialist } from './specialist-query.ts';
import { useApiQuery } from './use-api-query.ts';

/** A job specialist's caseload page: the caller's own, or (for a supervisor) the one asked for. */
export function useCaseload(specialistId?: string) {
  return useApiQuery<CaseloadPage>(forSpecialist('/api/caseload', specialistId));
}
