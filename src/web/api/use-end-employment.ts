import { apiFetch } from './api-fetch.ts';
import type { Employment, EndEmploymentBody } from './ips-unit-types.ts';
import { useMutation } from './use-mutation.ts';

export function useEndEmployment(employmentId: string) {
  return useMutation((body: EndEmploymentBody) =>
    apiFetch<Employment>(`/api/workforce/${encodeURIComponent(employmentId)}/end`, { method: 'POST', body }),
  );
}
