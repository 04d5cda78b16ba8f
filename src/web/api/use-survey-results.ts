import { api, call } from './client.ts';
import type { Json } from './types.ts';
import { useApiQuery } from './use-api-query.ts';

export type SurveyResults = Json<'/api/surveys/{id}/results', 'get', 200>;

/** A survey's aggregate results, k respondents per cell (the owner only). */
export function useSurveyResults(id: string) {
  return useApiQuery(`/api/surveys/${id}/results`, (signal) =>
    call(api.GET('/api/surveys/{id}/results', { params: { path: { id } }, signal })),
  );
}
