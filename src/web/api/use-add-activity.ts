import { apiFetch } from './api-fetch.ts';
import type { ActivityEntry, NewActivityBody } from './ips-unit-types.ts';
import { useMutation } from './use-mutation.ts';

export function useAddActivity() {
  return useMutation((body: NewActivityBody) =>
    apiFetch<ActivityEntry>('/api/activity', { method: 'POST', body }),
  );
}
