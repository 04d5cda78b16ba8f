import { z } from 'zod';
import { answerByLink, surveyByLink } from '../../../db/repositories/surveys/respond.ts';
import { AppError } from '../../../domain/app-error.ts';
import { surveyCsv } from '../../reports/surveys/csv.ts';
import { createSchema, problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { surveysRoute, withoutSession } from '../route-schema.ts';
import { registerQuestionnaireRoutes } from './questionnaire-routes.ts';
import {
  AnswerBody,
  LinkParams,
  Pending,
  ResponseFile,
  SentLinks,
  SurveyBody,
  SurveyCreated,
  SurveyForRespondent,
  SurveyParams,
  SurveyResults,
} from './schemas.ts';
import { registerSurveyListRoutes } from './survey-list-routes.ts';

/** Job-specialist surveys: the owner's routes (signed in, decide()) and the respondent's link. */
export function registerSurveyRoutes(app: Api, deps: Deps) {
  registerQuestionnaireRoutes(app);
  registerSurveyListRoutes(app);
  registerOwnerRoutes(app);
  registerRespondentRoutes(app, deps);
}

function registerOwnerRoutes(app: Api) {
  app.post(
    '/api/surveys',
    surveysRoute(
      'Create a survey of a questionnaire version for chosen programmes',
      createSchema(SurveyBody, SurveyCreated),
    ),
    async (request, reply) => reply.code(201).send(await request.repos.surveys.createSurvey(request.body)),
  );
  app.post(
    '/api/surveys/:id/links',
    surveysRoute('Send personal links to the job specialists who have none yet (tokens shown once)', {
      params: SurveyParams,
      response: { 200: SentLinks, ...problems(401, 403, 404) },
    }),
    async (request) => ({ items: await request.repos.surveys.distribute(request.params.id) }),
  );
  app.get(
    '/api/surveys/:id/reminders',
    surveysRoute('Who has not answered yet (never what anyone answered)', {
      params: SurveyParams,
      response: { 200: Pending, ...problems(401, 403, 404) },
    }),
    async (request) => ({ items: await request.repos.surveys.reminders(request.params.id) }),
  );
  app.post(
    '/api/surveys/:id/reminders',
    surveysRoute('Remind those who have not answered: a new personal link replaces each old one', {
      params: SurveyParams,
      response: { 200: SentLinks, ...problems(401, 403, 404) },
    }),
    async (request) => ({ items: await request.repos.surveys.remind(request.params.id) }),
  );
  app.get(
    '/api/surveys/:id/results',
    surveysRoute('Aggregate results, k respondents per cell; withheld below k respondents', {
      params: SurveyParams,
      response: { 200: SurveyResults, ...problems(401, 403, 404) },
    }),
    async (request) => request.repos.surveys.results(request.params.id),
  );
  app.get(
    '/api/surveys/:id/results.csv',
    surveysRoute('The aggregate results as CSV ("<5" for a withheld cell)', {
      params: SurveyParams,
      response: { 200: z.any().describe('text/csv download'), ...problems(401, 403, 404, 409) },
    }),
    async (request, reply) => {
      const results = await request.repos.surveys.results(request.params.id);
      if (results.withheld) {
        throw new AppError(
          'conflict',
          `fewer than ${results.threshold} respondents: the results are withheld`,
        );
      }
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="survey-results.csv"')
        .header('cache-control', 'no-store')
        .send(surveyCsv(results));
    },
  );
  app.get(
    '/api/surveys/:id/responses',
    surveysRoute('The pseudonymised response file for the research project (k respondents or more)', {
      params: SurveyParams,
      response: { 200: ResponseFile, ...problems(401, 403, 404, 409) },
    }),
    async (request) => ({ items: await request.repos.surveys.responseFile(request.params.id) }),
  );
}

/** A survey respondent's personal link is her credential: no session, so no answer is tied to one. */
const respondentRoute: typeof surveysRoute = (summary, schema) =>
  withoutSession(surveysRoute(summary, schema));

function registerRespondentRoutes(app: Api, deps: Deps) {
  app.get(
    '/api/survey-links/:token',
    respondentRoute('The questionnaire behind a personal link, with its anonymity mode', {
      params: LinkParams,
      response: { 200: SurveyForRespondent, ...problems(400, 404, 409) },
    }),
    async (request) => surveyByLink(deps.store, request.params.token),
  );
  app.post(
    '/api/survey-links/:token/response',
    respondentRoute('Answer by the personal link: once, while the survey is open', {
      params: LinkParams,
      body: AnswerBody,
      response: { 201: z.object({ recorded: z.literal(true) }), ...problems(400, 404, 409) },
    }),
    async (request, reply) => {
      await answerByLink(deps.store, request.params.token, request.body.answers);
      return reply.code(201).send({ recorded: true });
    },
  );
}
