import { api, call } from './client.ts';
import type { UpdateParticipantBody } from './types.ts';
import { useMutation } from './use-mutation.ts';

/** PATCHes the changed fields; `version` makes the server answer 409 if someone else saved first. */
export function useUpdateParticipant(id: string) {
  return useMutation((body: UpdateParticipantBody) =>
    call(api.PATCH('/api/participants/{id}', { params: { path: { id } }, body })),
  );
}
