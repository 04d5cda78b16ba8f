import { apiFetch } from './apiFetch.ts';
import type { ContactPerson, NewContactPersonBody } from './unit-types.ts';
import { employerPath } from './useEmployer.ts';
import { useMutation } from './useMutation.ts';

export function useAddContactPerson(employerId: string) {
  return useMutation((body: NewContactPersonBody) =>
    apiFetch<ContactPerson>(`${employerPath(employerId)}/contact-persons`, { method: 'POST', body }),
  );
}
