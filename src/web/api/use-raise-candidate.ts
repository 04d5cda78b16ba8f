import { apiFetch } from './api-fetch.ts';
import type { Candidate, NewCandidateBody } from './types.ts';
import { useMutation } from './use-mutation.ts';

export function useRaiseCandidate() {
  return useMutation((body: NewCandidateBody) =>
    apiFetch<Candidate>('/api/candidates', { method: 'POST', body }),
  );
}
