import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** The record's address, for links the browser follows itself (downloads). */
export function participantPath(id: string): string {
  return `/api/participants/${encodeURIComponent(id)}`;
}

/** The record as the caller may see it: details, visible notes, withheld categories. */
export function useParticipant(id: string) {
  const params = { path: { id: id } };
  return useApiQuery(`/api/participants/{id} ${id}`, (signal) =>
    call(api.GET('/api/participants/{id}', { params, signal })),
  );
}
