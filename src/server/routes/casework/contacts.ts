import type { Api } from '../deps.ts';
import { ContactBody } from './bodies.ts';
import { recordRoute } from './route-options.ts';
import { ContactDto } from './schemas.ts';

export function registerAddContact(app: Api) {
  app.post(
    '/api/participants/:id/contacts',
    recordRoute(
      'Record a contact about the participant (an outreach attempt too), filed by whom it was with',
      ContactBody,
      ContactDto,
    ),
    async (request, reply) =>
      reply.status(201).send(await request.repos.contacts.add(request.params.id, request.body)),
  );
}
