import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** One employer: its contact persons and the contacts with it, newest first. */
export function useEmployer(id: string) {
  const params = { path: { id: id } };
  return useApiQuery(`/api/employers/{id} ${id}`, (signal) =>
    call(api.GET('/api/employers/{id}', { params, signal })),
  );
}
