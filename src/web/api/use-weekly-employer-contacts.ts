import type { WeeklyEmployerContacts } from './ips-unit-types.ts';
import { useApiQuery } from './use-api-query.ts';

/** The last 12 weeks' employer contacts of a job specialist (the caller when none is named). */
export function useWeeklyEmployerContacts(specialistId: string | null) {
  const query = new URLSearchParams({ weeks: '12' });
  if (specialistId) query.set('specialistId', specialistId);
  return useApiQuery<WeeklyEmployerContacts>(`/api/employer-contacts/weekly?${query}`);
}
