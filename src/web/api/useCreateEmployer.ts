import { apiFetch } from './apiFetch.ts';
import type { EmployerSummary, NewEmployerBody } from './unit-types.ts';
import { useMutation } from './useMutation.ts';

export function useCreateEmployer() {
  return useMutation((body: NewEmployerBody) =>
    apiFetch<EmployerSummary>('/api/employers', { method: 'POST', body }),
  );
}
