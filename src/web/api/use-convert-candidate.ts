import { apiFetch } from './api-fetch.ts';
import type { Conversion, ConversionBody } from './types.ts';
import { useMutation } from './use-mutation.ts';

/** Consent given: the candidate becomes a participant with that consent, in one step. */
export function useConvertCandidate(candidateId: string) {
  return useMutation((body: ConversionBody) =>
    apiFetch<Conversion>(`/api/candidates/${encodeURIComponent(candidateId)}/conversion`, {
      method: 'POST',
      body,
    }),
  );
}
