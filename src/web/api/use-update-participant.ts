import { apiFetch } from './api-fetch.ts';
import type { Participant, UpdateParticipantBody } from './types.ts';
import { useMutation } from './use-mutation.ts';
import { participantPath } from './use-participant.ts';

/** PATCHes the changed fields; `version` makes the server answer 409 if someone else saved first. */
export function useUpdateParticipant(id: string) {
  return useMutation((body: UpdateParticipantBody) =>
    apiFetch<Participant>(participantPath(id), { method: 'PATCH', body }),
  );
}
