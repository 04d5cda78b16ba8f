import { apiFetch } from './api-fetch.ts';
import type { EmployerContact, NewEmployerContactBody } from './ips-unit-types.ts';
import { useMutation } from './use-mutation.ts';

export function useRecordEmployerContact() {
  return useMutation((body: NewEmployerContactBody) =>
    apiFetch<EmployerContact>('/api/employer-contacts', { method: 'POST', body }),
  );
}
