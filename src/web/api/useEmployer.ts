import type { EmployerDetail } from './unit-types.ts';
import { useApiQuery } from './useApiQuery.ts';

export const employerPath = (id: string) => `/api/employers/${encodeURIComponent(id)}`;

/** One employer: its contact persons and the contacts with it, newest first. */
export function useEmployer(id: string) {
  return useApiQuery<EmployerDetail>(employerPath(id));
}
