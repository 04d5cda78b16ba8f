import type { Employment } from './ips-unit-types.ts';
import { useApiQuery } from './use-api-query.ts';

/** The job specialists' employment periods in the programme. */
export function useWorkforce() {
  return useApiQuery<{ items: Employment[] }>('/api/workforce');
}
