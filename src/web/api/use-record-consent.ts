import { apiFetch } from './api-fetch.ts';
import type { Consent, NewConsentBody } from './types.ts';
import { consentsPath } from './use-consents.ts';
import { useMutation } from './use-mutation.ts';

export function useRecordConsent(participantId: string) {
  return useMutation((body: NewConsentBody) =>
    apiFetch<Consent>(consentsPath(participantId), { method: 'POST', body }),
  );
}
