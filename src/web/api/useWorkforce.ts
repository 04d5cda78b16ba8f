import type { Employment } from './unit-types.ts';
import { useApiQuery } from './useApiQuery.ts';

/** The job specialists' employment periods in the programme. */
export function useWorkforce() {
  return useApiQuery<{ items: Employment[] }>('/api/workforce');
}
