import { apiFetch } from './api-fetch.ts';
import type { EmployerSummary, NewEmployerBody } from './ips-unit-types.ts';
import { useMutation } from './use-mutation.ts';

export function useCreateEmployer() {
  return useMutation((body: NewEmployerBody) =>
    apiFetch<EmployerSummary>('/api/employers', { method: 'POST', body }),
  );
}
