import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { employersRoute } from '../route-schema.ts';
import { NewEmployerContactBody, WeeklyDto, WeeklyQuery } from './contact-schemas.ts';
import { EmployerContactDto } from './schemas.ts';

export function registerRecordEmployerContact(app: Api, deps: Deps) {
  app.post(
    '/api/employer-contacts',
    employersRoute(
      'Record a contact with an employer, general or for one participant (then their casework too)',
      {
        body: NewEmployerContactBody,
        response: { 201: EmployerContactDto, ...problems(400, 401, 403, 404) },
      },
    ),
    async (request, reply) =>
      reply.status(201).send(await request.repos.employerContacts.create(request.body)),
  );
}

export function registerWeeklyEmployerContacts(app: Api, deps: Deps) {
  app.get(
    '/api/employer-contacts/weekly',
    employersRoute(
      'A job specialist’s employer contacts per ISO week (face to face or other), with the target',
      {
        querystring: WeeklyQuery,
        response: { 200: WeeklyDto, ...problems(400, 401, 403, 404) },
      },
    ),
    async (request) => request.repos.employerContacts.weekly(request.query.specialistId, request.query.weeks),
  );
}
