import type { Api } from '../deps.ts';
import { ContactBody } from './bodies.ts';
import { postRecord } from './route-options.ts';
import { ContactDto } from './schemas.ts';

export function registerAddContact(app: Api) {
  postRecord(
    app,
    '/api/participants/:id/contacts',
    {
      summary: 'Record a contact about the participant (an outreach attempt too), filed by whom it was with',
      body: ContactBody,
      created: ContactDto,
    },
    (repos, id, body) => repos.contacts.add(id, body),
  );
}
