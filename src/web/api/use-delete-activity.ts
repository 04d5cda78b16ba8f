import { apiFetch } from './api-fetch.ts';
import { useMutation } from './use-mutation.ts';

export function useDeleteActivity() {
  return useMutation((entryId: string) =>
    apiFetch<void>(`/api/activity/${encodeURIComponent(entryId)}`, { method: 'DELETE' }),
  );
}
