import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** Everything of the participant's casework the caller may read; withheld categories come back empty. */
export function useCasework(participantId: string) {
  const params = { path: { id: participantId } };
  return useApiQuery(`/api/participants/{id}/casework ${participantId}`, (signal) =>
    call(api.GET('/api/participants/{id}/casework', { params, signal })),
  );
}
