import type { ItemList, JobSpecialist } from './types.ts';
import { useApiQuery } from './use-api-query.ts';

/** Job specialists in the caller's programme. */
export function useJobSpecialists() {
  return useApiQuery<ItemList<JobSpecialist>>('/api/job-specialists');
}
