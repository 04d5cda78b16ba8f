import { apiFetch } from './apiFetch.ts';
import type { Participant, UpdateParticipantBody } from './types.ts';
import { useMutation } from './useMutation.ts';
import { participantPath } from './useParticipant.ts';

/** PATCHes the changed fields; `version` makes the server answer 409 if someone else saved first. */
export function useUpdateParticipant(id: string) {
  return useMutation((body: UpdateParticipantBody) =>
    apiFetch<Participant>(participantPath(id), { method: 'PATCH', body }),
  );
}
