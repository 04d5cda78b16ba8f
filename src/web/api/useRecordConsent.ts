import { apiFetch } from './apiFetch.ts';
import type { Consent, NewConsentBody } from './types.ts';
import { consentsPath } from './useConsents.ts';
import { useMutation } from './useMutation.ts';

export function useRecordConsent(participantId: string) {
  return useMutation((body: NewConsentBody) =>
    apiFetch<Consent>(consentsPath(participantId), { method: 'POST', body }),
  );
}
