import { createSchema, listSchema, problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { employersRoute } from '../route-schema.ts';
import {
  ContactPersonDto,
  EmployerDetailDto,
  EmployerParams,
  EmployerSummaryDto,
  NewContactPersonBody,
  NewEmployerBody,
} from './schemas.ts';

export function registerListEmployers(app: Api, deps: Deps) {
  app.get(
    '/api/employers',
    employersRoute(
      'The programme’s employers with their contact count, last contact and jobs, by name',
      listSchema(EmployerSummaryDto),
    ),
    async (request) => ({ items: await request.repos.employers.list() }),
  );
}

export function registerCreateEmployer(app: Api, deps: Deps) {
  app.post(
    '/api/employers',
    employersRoute(
      'Register an employer by organisation number (once per programme)',
      createSchema(NewEmployerBody, EmployerSummaryDto),
    ),
    async (request, reply) => reply.status(201).send(await request.repos.employers.create(request.body)),
  );
}

export function registerGetEmployer(app: Api, deps: Deps) {
  app.get(
    '/api/employers/:id',
    employersRoute(
      'One employer with contact persons and contacts; participants named only where the viewer may',
      {
        params: EmployerParams,
        response: { 200: EmployerDetailDto, ...problems(400, 401, 403, 404) },
      },
    ),
    async (request) => request.repos.employers.get(request.params.id),
  );
}

export function registerAddContactPerson(app: Api, deps: Deps) {
  app.post(
    '/api/employers/:id/contact-persons',
    employersRoute('Add a contact person at an employer', {
      params: EmployerParams,
      body: NewContactPersonBody,
      response: { 201: ContactPersonDto, ...problems(400, 401, 403, 404) },
    }),
    async (request, reply) =>
      reply.status(201).send(await request.repos.employers.addContactPerson(request.params.id, request.body)),
  );
}
