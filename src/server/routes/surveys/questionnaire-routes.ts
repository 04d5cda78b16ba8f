import { createSchema, problems } from '../common-schemas.ts';
import type { Api } from '../deps.ts';
import { surveysRoute } from '../route-schema.ts';
import {
  QuestionnaireBody,
  QuestionnaireCreated,
  QuestionnaireParams,
  Questionnaires,
  VersionBody,
} from './schemas.ts';

/** The owner's questionnaires: version 1, the next version of an edit, and her list. */
export function registerQuestionnaireRoutes(app: Api) {
  app.get(
    '/api/questionnaires',
    surveysRoute('The caller’s questionnaires, each with its newest version', {
      response: { 200: Questionnaires, ...problems(401, 403) },
    }),
    async (request) => ({ items: await request.repos.questionnaires.list() }),
  );
  app.post(
    '/api/questionnaires',
    surveysRoute('Create a questionnaire (version 1)', createSchema(QuestionnaireBody, QuestionnaireCreated)),
    async (request, reply) => reply.code(201).send(await request.repos.questionnaires.create(request.body)),
  );
  app.post(
    '/api/questionnaires/:id/versions',
    surveysRoute('Save an edit as the next version; surveys sent of earlier versions keep theirs', {
      params: QuestionnaireParams,
      body: VersionBody,
      response: { 201: QuestionnaireCreated, ...problems(400, 401, 403, 404) },
    }),
    async (request, reply) =>
      reply
        .code(201)
        .send(await request.repos.questionnaires.addVersion(request.params.id, request.body.sections)),
  );
}
