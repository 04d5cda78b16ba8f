import { apiFetch } from './apiFetch.ts';
import type { Consent, WithdrawConsentBody } from './types.ts';
import { consentsPath } from './useConsents.ts';
import { useMutation } from './useMutation.ts';

/** Withdraws a consent; a body without categories withdraws all of it. */
export function useWithdrawConsent(participantId: string, consentId: string) {
  return useMutation((body: WithdrawConsentBody) =>
    apiFetch<Consent>(`${consentsPath(participantId)}/${encodeURIComponent(consentId)}/withdrawal`, {
      method: 'POST',
      body,
    }),
  );
}
