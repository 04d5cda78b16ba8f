import type { ActivityLog } from './ips-unit-types.ts';
import { useApiQuery } from './use-api-query.ts';

/** A job specialist's activity log over a period (the caller's when no one is named). */
export function useActivity(specialistId: string | null, from: string, to: string) {
  const query = new URLSearchParams({ from, to });
  if (specialistId) query.set('specialistId', specialistId);
  return useApiQuery<ActivityLog>(`/api/activity?${query}`);
}
