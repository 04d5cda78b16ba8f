import { api, call } from './client.ts';
import type { ConversionBody } from './types.ts';
import { useMutation } from './use-mutation.ts';

/** Consent given: the candidate becomes a participant with that consent, in one step. */
export function useConvertCandidate(candidateId: string) {
  return useMutation((body: ConversionBody) =>
    call(api.POST('/api/candidates/{id}/conversion', { params: { path: { id: candidateId } }, body })),
  );
}
