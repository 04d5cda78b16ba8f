import { api, call } from './client.ts';
import { useApiQuery } from './use-api-query.ts';

/** A participant's consents, each with its version history. */
export function useConsents(participantId: string) {
  const params = { path: { id: participantId } };
  return useApiQuery(`/api/participants/{id}/consents ${participantId}`, (signal) =>
    call(api.GET('/api/participants/{id}/consents', { params, signal })),
  );
}
