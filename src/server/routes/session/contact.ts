import { z } from 'zod';
import { problems } from '../common-schemas.ts';
import { ContactFields } from '../contact-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { sessionRoute } from '../route-schema.ts';

const WorkContactDto = z.object({ phone: z.string().nullable(), email: z.string().nullable() });

export function registerOwnContact(app: Api, _deps: Deps) {
  app.get(
    '/api/session/contact-details',
    sessionRoute('The signed-in user’s work phone and e-mail', {
      response: { 200: WorkContactDto, ...problems(401) },
    }),
    async (request) => request.repos.ownContact.get(),
  );

  app.put(
    '/api/session/contact-details',
    sessionRoute('Set the signed-in user’s work phone and e-mail, shown to the teams they work with', {
      body: z.strictObject(ContactFields),
      response: { 200: WorkContactDto, ...problems(400, 401, 403) },
    }),
    async (request) => request.repos.ownContact.set(request.body),
  );
}
