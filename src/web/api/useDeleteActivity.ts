import { apiFetch } from './apiFetch.ts';
import { useMutation } from './useMutation.ts';

export function useDeleteActivity() {
  return useMutation((entryId: string) =>
    apiFetch<void>(`/api/activity/${encodeURIComponent(entryId)}`, { method: 'DELETE' }),
  );
}
