import { apiFetch } from './api-fetch.ts';
import type { Employment, NewEmploymentBody } from './ips-unit-types.ts';
import { useMutation } from './use-mutation.ts';

export function useStartEmployment() {
  return useMutation((body: NewEmploymentBody) =>
    apiFetch<Employment>('/api/workforce', { method: 'POST', body }),
  );
}
