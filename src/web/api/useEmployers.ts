import type { EmployerSummary } from './unit-types.ts';
import { useApiQuery } from './useApiQuery.ts';

/** The programme's employers with their contact and job counts. */
export function useEmployers() {
  return useApiQuery<{ items: EmployerSummary[] }>('/api/employers');
}
