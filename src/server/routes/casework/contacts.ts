import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { ContactBody } from './bodies.ts';
import { CaseworkParams, ContactDto } from './schemas.ts';

export function registerAddContact(app: Api, deps: Deps) {
  app.post(
    '/api/participants/:id/contacts',
    {
      schema: {
        tags: ['casework'],
        summary:
          'Record a contact about the participant (an outreach attempt too), filed by whom it was with',
        params: CaseworkParams,
        body: ContactBody,
        response: { 201: ContactDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const contact = await request.repos.contacts.add(request.params.id, request.body);
      return reply.status(201).send(contact);
    },
  );
}
