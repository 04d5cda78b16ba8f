import type { EmployerSummary } from './ips-unit-types.ts';
import { useApiQuery } from './use-api-query.ts';

/** The programme's employers with their contact and job counts. */
export function useEmployers() {
  return useApiQuery<{ items: EmployerSummary[] }>('/api/employers');
}
