import { api, call } from './client.ts';
import type { Body, Json } from './types.ts';
import { useApiQuery } from './use-api-query.ts';
import { useMutation } from './use-mutation.ts';

export type Questionnaire = Json<'/api/questionnaires', 'get', 200>['items'][number];
export type QuestionnaireSections = Body<'/api/questionnaires', 'post'>['sections'];
export type NewSurvey = Body<'/api/surveys', 'post'>;
export type SentLink = Json<'/api/surveys/{id}/links', 'post', 200>['items'][number];

/** The owner's questionnaires, each with its newest version. */
export function useQuestionnaires() {
  return useApiQuery('/api/questionnaires', (signal) => call(api.GET('/api/questionnaires', { signal })));
}

/** The programmes the owner may send a survey to. */
export function useSurveyProgrammes() {
  return useApiQuery('/api/survey-programmes', (signal) =>
    call(api.GET('/api/survey-programmes', { signal })),
  );
}

/** Saves the questionnaire: version 1 when new, the next version of an existing one otherwise. */
export function useSaveQuestionnaire() {
  return useMutation(
    (args: { questionnaireId: string | null; title: string; sections: QuestionnaireSections }) =>
      args.questionnaireId
        ? call(
            api.POST('/api/questionnaires/{id}/versions', {
              params: { path: { id: args.questionnaireId } },
              body: { sections: args.sections },
            }),
          )
        : call(api.POST('/api/questionnaires', { body: { title: args.title, sections: args.sections } })),
  );
}

/** Creates the survey and sends the personal links at once: the tokens are shown this one time. */
export function useSendSurvey() {
  return useMutation(async (body: NewSurvey) => {
    const { surveyId } = await call(api.POST('/api/surveys', { body }));
    const links = await call(api.POST('/api/surveys/{id}/links', { params: { path: { id: surveyId } } }));
    return { surveyId, links: links.items };
  });
}
