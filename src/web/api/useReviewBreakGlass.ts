import { apiFetch } from './apiFetch.ts';
import { useMutation } from './useMutation.ts';

export function useReviewBreakGlass(id: string) {
  return useMutation((note: string | null) =>
    apiFetch<void>(`/api/break-glass/${encodeURIComponent(id)}/review`, { method: 'POST', body: { note } }),
  );
}
