import { apiFetch } from './apiFetch.ts';
import type { EmployerContact, NewEmployerContactBody } from './unit-types.ts';
import { useMutation } from './useMutation.ts';

export function useRecordEmployerContact() {
  return useMutation((body: NewEmployerContactBody) =>
    apiFetch<EmployerContact>('/api/employer-contacts', { method: 'POST', body }),
  );
}
