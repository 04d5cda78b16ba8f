import { apiFetch } from './api-fetch.ts';
import type { CaseNote, NewNoteBody } from './types.ts';
import { useMutation } from './use-mutation.ts';
import { participantPath } from './use-participant.ts';

export function useAddNote(participantId: string) {
  return useMutation((body: NewNoteBody) =>
    apiFetch<CaseNote>(`${participantPath(participantId)}/notes`, { method: 'POST', body }),
  );
}
