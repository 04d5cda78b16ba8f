import { apiFetch } from './apiFetch.ts';
import type { Employment, NewEmploymentBody } from './unit-types.ts';
import { useMutation } from './useMutation.ts';

export function useStartEmployment() {
  return useMutation((body: NewEmploymentBody) =>
    apiFetch<Employment>('/api/workforce', { method: 'POST', body }),
  );
}
