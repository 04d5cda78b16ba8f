import type { ItemList, JobSpecialist } from './types.ts';
import { useApiQuery } from './useApiQuery.ts';

/** Job specialists in the caller's programme. */
export function useJobSpecialists() {
  return useApiQuery<ItemList<JobSpecialist>>('/api/job-specialists');
}
