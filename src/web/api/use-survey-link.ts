import { api, call } from './client.ts';
import type { Body, Json } from './types.ts';
import { useApiQuery } from './use-api-query.ts';
import { useMutation } from './use-mutation.ts';

export type SurveyForRespondent = Json<'/api/survey-links/{token}', 'get', 200>;
export type SurveyAnswers = Body<'/api/survey-links/{token}/response', 'post'>['answers'];

/** The questionnaire behind a personal link (no session: the link is the credential). */
export function useSurveyLink(token: string) {
  return useApiQuery(`/api/survey-links/${token}`, (signal) =>
    call(api.GET('/api/survey-links/{token}', { params: { path: { token } }, signal })),
  );
}

export function useAnswerSurvey(token: string) {
  return useMutation((answers: SurveyAnswers) =>
    call(api.POST('/api/survey-links/{token}/response', { params: { path: { token } }, body: { answers } })),
  );
}
