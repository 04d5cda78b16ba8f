import { apiFetch } from './api-fetch.ts';
import { useMutation } from './use-mutation.ts';

export function useReviewBreakGlass(id: string) {
  return useMutation((note: string | null) =>
    apiFetch<void>(`/api/break-glass/${encodeURIComponent(id)}/review`, { method: 'POST', body: { note } }),
  );
}
