import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** A meeting's minutes as the caller may see them. */
export function useMeeting(id: string) {
  const params = { path: { id: id } };
  return useApiQuery(`/api/meetings/{id} ${id}`, (signal) =>
    call(api.GET('/api/meetings/{id}', { params, signal })),
  );
}
