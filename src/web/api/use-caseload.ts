import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** A job specialist's caseload page: the caller's own, or (for a supervisor) the one asked for. */
export function useCaseload(specialistId?: string) {
  const query = { specialistId };
  return useApiQuery(`/api/caseload ${JSON.stringify(query)}`, (signal) =>
    call(api.GET('/api/caseload', { params: { query }, signal })),
  );
}
