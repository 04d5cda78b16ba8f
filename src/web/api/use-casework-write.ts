import { apiFetch } from './api-fetch.ts';
import { useMutation } from './use-mutation.ts';
import { participantPath } from './use-participant.ts';

/** One casework write under /api/participants/:id, e.g. `stages` or `jobs/:jobId/end`. */
export function useCaseworkWrite<B, R>(participantId: string, method: 'POST' | 'PUT', subpath: string) {
  return useMutation((body: B) =>
    apiFetch<R>(`${participantPath(participantId)}/${subpath}`, { method, body }),
  );
}
