import { createSchema, listSchema, problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { workforceRoute } from '../route-schema.ts';
import { EmploymentDto, EmploymentParams, EndEmploymentBody, NewEmploymentBody } from './schemas.ts';

export function registerListWorkforce(app: Api, deps: Deps) {
  app.get(
    '/api/workforce',
    workforceRoute(
      'The job specialists’ employments in the programme (current first)',
      listSchema(EmploymentDto),
    ),
    async (request) => ({ items: await request.repos.workforce.list() }),
  );
}

export function registerStartEmployment(app: Api, deps: Deps) {
  app.post(
    '/api/workforce',
    workforceRoute(
      'Record that a job specialist started in the programme, with their FTE',
      createSchema(NewEmploymentBody, EmploymentDto),
    ),
    async (request, reply) => reply.status(201).send(await request.repos.workforce.create(request.body)),
  );
}

export function registerEndEmployment(app: Api, deps: Deps) {
  app.post(
    '/api/workforce/:id/end',
    workforceRoute('Record that a job specialist left the programme, and why (turnover)', {
      params: EmploymentParams,
      body: EndEmploymentBody,
      response: { 200: EmploymentDto, ...problems(400, 401, 403, 404, 409) },
    }),
    async (request) => request.repos.workforce.end(request.params.id, request.body),
  );
}
