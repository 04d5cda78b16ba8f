import { api, call } from './client.ts';
import type { NewEmployerContactBody } from './ips-unit-types.ts';
import { useMutation } from './use-mutation.ts';

export function useRecordEmployerContact() {
  return useMutation((body: NewEmployerContactBody) => call(api.POST('/api/employer-contacts', { body })));
}
