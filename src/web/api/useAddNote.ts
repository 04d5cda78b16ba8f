import { apiFetch } from './apiFetch.ts';
import type { CaseNote, NewNoteBody } from './types.ts';
import { useMutation } from './useMutation.ts';
import { participantPath } from './useParticipant.ts';

export function useAddNote(participantId: string) {
  return useMutation((body: NewNoteBody) =>
    apiFetch<CaseNote>(`${participantPath(participantId)}/notes`, { method: 'POST', body }),
  );
}
