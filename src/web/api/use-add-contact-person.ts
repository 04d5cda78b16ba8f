import { apiFetch } from './api-fetch.ts';
import type { ContactPerson, NewContactPersonBody } from './ips-unit-types.ts';
import { employerPath } from './use-employer.ts';
import { useMutation } from './use-mutation.ts';

export function useAddContactPerson(employerId: string) {
  return useMutation((body: NewContactPersonBody) =>
    apiFetch<ContactPerson>(`${employerPath(employerId)}/contact-persons`, { method: 'POST', body }),
  );
}
