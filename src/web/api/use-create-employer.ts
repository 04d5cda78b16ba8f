import { api, call } from './client.ts';
import type { NewEmployerBody } from './ips-unit-types.ts';
import { useMutation } from './use-mutation.ts';

export function useCreateEmployer() {
  return useMutation((body: NewEmployerBody) => call(api.POST('/api/employers', { body })));
}
