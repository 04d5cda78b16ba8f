import { api, call } from './client.ts';
import type { NewNoteBody } from './types.ts';
import { useMutation } from './use-mutation.ts';

export function useAddNote(participantId: string) {
  return useMutation((body: NewNoteBody) =>
    call(api.POST('/api/participants/{id}/notes', { params: { path: { id: participantId } }, body })),
  );
}
