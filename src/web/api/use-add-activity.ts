import { api, call } from './client.ts';
import type { NewActivityBody } from './ips-unit-types.ts';
import { useMutation } from './use-mutation.ts';

export function useAddActivity() {
  return useMutation((body: NewActivityBody) => call(api.POST('/api/activity', { body })));
}
