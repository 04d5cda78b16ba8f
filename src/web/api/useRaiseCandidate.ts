import { apiFetch } from './apiFetch.ts';
import type { Candidate, NewCandidateBody } from './types.ts';
import { useMutation } from './useMutation.ts';

export function useRaiseCandidate() {
  return useMutation((body: NewCandidateBody) =>
    apiFetch<Candidate>('/api/candidates', { method: 'POST', body }),
  );
}
