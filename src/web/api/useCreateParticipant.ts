import { apiFetch } from './apiFetch.ts';
import type { CreateParticipantBody, Participant } from './types.ts';
import { useMutation } from './useMutation.ts';

export function useCreateParticipant() {
  return useMutation((body: CreateParticipantBody) =>
    apiFetch<Participant>('/api/participants', { method: 'POST', body }),
  );
}
