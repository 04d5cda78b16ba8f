import { api, call } from './client.ts';
import type { CreateParticipantBody } from './types.ts';
import { useMutation } from './use-mutation.ts';

export function useCreateParticipant() {
  return useMutation((body: CreateParticipantBody) => call(api.POST('/api/participants', { body })));
}
