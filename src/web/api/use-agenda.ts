import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** A job specialist's agenda: the caller's own, or (for a supervisor) the one asked for. */
export function useAgenda(specialistId?: string) {
  const query = { specialistId };
  return useApiQuery(`/api/agenda ${JSON.stringify(query)}`, (signal) =>
    call(api.GET('/api/agenda', { params: { query }, signal })),
  );
}

/** Every job specialist's agenda at once (supervisor). */
export function useAllAgendas() {
  return useApiQuery('/api/agenda/all', (signal) => call(api.GET('/api/agenda/all', { signal })));
}
