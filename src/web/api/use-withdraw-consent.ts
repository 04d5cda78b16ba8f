import { apiFetch } from './api-fetch.ts';
import type { Consent, WithdrawConsentBody } from './types.ts';
import { consentsPath } from './use-consents.ts';
import { useMutation } from './use-mutation.ts';

/** Withdraws a consent; a body without categories withdraws all of it. */
export function useWithdrawConsent(participantId: string, consentId: string) {
  return useMutation((body: WithdrawConsentBody) =>
    apiFetch<Consent>(`${consentsPath(participantId)}/${encodeURIComponent(consentId)}/withdrawal`, {
      method: 'POST',
      body,
    }),
  );
}
