import { apiFetch } from './api-fetch.ts';
import type { CreateParticipantBody, Participant } from './types.ts';
import { useMutation } from './use-mutation.ts';

export function useCreateParticipant() {
  return useMutation((body: CreateParticipantBody) =>
    apiFetch<Participant>('/api/participants', { method: 'POST', body }),
  );
}
