import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../../domain/outcomes/suppression.ts';
import { problems } from '../common-schemas.ts';
import type { Api } from '../deps.ts';
import { surveysRoute } from '../route-schema.ts';
import { LinkageQuery, SurveyLinkage, SurveyList, SurveyParams, SurveyProgrammes } from './schemas.ts';

/** The owner's survey list, the programmes she may send to, and the linkage to turnover. */
export function registerSurveyListRoutes(app: Api) {
  app.get(
    '/api/surveys',
    surveysRoute('The caller’s surveys: state, links sent, responses (withheld from 1 to k − 1)', {
      response: { 200: SurveyList, ...problems(401, 403) },
    }),
    async (request) => ({
      threshold: DEFAULT_SUPPRESSION_THRESHOLD,
      items: await request.repos.surveys.list(),
    }),
  );
  app.get(
    '/api/survey-programmes',
    surveysRoute('The programmes the caller may send a survey to (a resource centre: its region’s)', {
      response: { 200: SurveyProgrammes, ...problems(401, 403) },
    }),
    async (request) => ({ items: await request.repos.surveys.programmes() }),
  );
  app.get(
    '/api/surveys/:id/linkage',
    surveysRoute(
      'One Likert item linked to the programmes’ turnover and tenure in the workforce records, k per cell',
      {
        params: SurveyParams,
        querystring: LinkageQuery,
        response: { 200: SurveyLinkage, ...problems(400, 401, 403, 404) },
      },
    ),
    async (request) => request.repos.surveys.linkage(request.params.id, request.query),
  );
}
