import { api, call } from './client.ts';
import type { NewContactPersonBody } from './ips-unit-types.ts';
import { useMutation } from './use-mutation.ts';

export function useAddContactPerson(employerId: string) {
  return useMutation((body: NewContactPersonBody) =>
    call(api.POST('/api/employers/{id}/contact-persons', { params: { path: { id: employerId } }, body })),
  );
}
