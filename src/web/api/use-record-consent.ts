import { api, call } from './client.ts';
import type { NewConsentBody } from './types.ts';
import { useMutation } from './use-mutation.ts';

export function useRecordConsent(participantId: string) {
  return useMutation((body: NewConsentBody) =>
    call(api.POST('/api/participants/{id}/consents', { params: { path: { id: participantId } }, body })),
  );
}
