import { api, call } from './client.ts';
import type { Json } from './types.ts';
import { useApiQuery } from './use-api-query.ts';
import { useMutation } from './use-mutation.ts';

export type SurveySummary = Json<'/api/surveys', 'get', 200>['items'][number];
export type SurveyLinkage = Json<'/api/surveys/{id}/linkage', 'get', 200>;

/** The owner's surveys with their state and k-ruled response counts. */
export function useSurveys() {
  return useApiQuery('/api/surveys', (signal) => call(api.GET('/api/surveys', { signal })));
}

/** New links for those who have not answered (each replaces her old one). */
export function useRemind() {
  return useMutation((id: string) =>
    call(api.POST('/api/surveys/{id}/reminders', { params: { path: { id } } })),
  );
}

/** One Likert item linked to turnover and tenure; nothing is asked until an item is chosen. */
export function useSurveyLinkage(id: string, query: { itemId: string; from: string; to: string }) {
  const request = `/api/surveys/${id}/linkage?${new URLSearchParams(query)}`;
  return useApiQuery(request, (signal) =>
    call(api.GET('/api/surveys/{id}/linkage', { params: { path: { id }, query }, signal })),
  );
}
