import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** A job specialist's activity log over a period (the caller's when no one is named). */
export function useActivity(specialistId: string | null, from: string, to: string) {
  const query = { from, to, specialistId: specialistId ?? undefined };
  return useApiQuery(`/api/activity ${JSON.stringify(query)}`, (signal) =>
    call(api.GET('/api/activity', { params: { query }, signal })),
  );
}
