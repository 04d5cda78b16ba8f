import type { EmployerDetail } from './ips-unit-types.ts';
import { useApiQuery } from './use-api-query.ts';

export const employerPath = (id: string) => `/api/employers/${encodeURIComponent(id)}`;

/** One employer: its contact persons and the contacts with it, newest first. */
export function useEmployer(id: string) {
  return useApiQuery<EmployerDetail>(employerPath(id));
}
