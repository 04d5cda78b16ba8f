import { apiFetch } from './apiFetch.ts';
import type { Employment, EndEmploymentBody } from './unit-types.ts';
import { useMutation } from './useMutation.ts';

export function useEndEmployment(employmentId: string) {
  return useMutation((body: EndEmploymentBody) =>
    apiFetch<Employment>(`/api/workforce/${encodeURIComponent(employmentId)}/end`, { method: 'POST', body }),
  );
}
