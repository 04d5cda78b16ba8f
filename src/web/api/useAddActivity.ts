import { apiFetch } from './apiFetch.ts';
import type { ActivityEntry, NewActivityBody } from './unit-types.ts';
import { useMutation } from './useMutation.ts';

export function useAddActivity() {
  return useMutation((body: NewActivityBody) =>
    apiFetch<ActivityEntry>('/api/activity', { method: 'POST', body }),
  );
}
