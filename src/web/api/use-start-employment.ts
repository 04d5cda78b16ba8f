import { api, call } from './client.ts';
import type { NewEmploymentBody } from './ips-unit-types.ts';
import { useMutation } from './use-mutation.ts';

export function useStartEmployment() {
  return useMutation((body: NewEmploymentBody) => call(api.POST('/api/workforce', { body })));
}
