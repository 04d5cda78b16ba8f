import { api, call } from './client.ts';
import type { WithdrawConsentBody } from './types.ts';
import { useMutation } from './use-mutation.ts';

/** Withdraws a consent; a body without categories withdraws all of it. */
export function useWithdrawConsent(participantId: string, consentId: string) {
  return useMutation((body: WithdrawConsentBody) =>
    call(
      api.POST('/api/participants/{id}/consents/{consentId}/withdrawal', {
        params: { path: { id: participantId, consentId } },
        body,
      }),
    ),
  );
}
