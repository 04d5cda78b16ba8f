import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** A job specialist's due and overdue tasks: the caller's own, or (for a supervisor) the one asked for. */
export function useTasks(specialistId?: string) {
  const query = { specialistId };
  return useApiQuery(`/api/tasks ${JSON.stringify(query)}`, (signal) =>
    call(api.GET('/api/tasks', { params: { query }, signal })),
  );
}
