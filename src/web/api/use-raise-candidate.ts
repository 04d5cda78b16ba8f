import { api, call } from './client.ts';
import type { NewCandidateBody } from './types.ts';
import { useMutation } from './use-mutation.ts';

export function useRaiseCandidate() {
  return useMutation((body: NewCandidateBody) => call(api.POST('/api/candidates', { body })));
}
