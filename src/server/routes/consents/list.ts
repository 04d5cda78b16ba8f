import { z } from 'zod';
import { problems } from '../common-schemas.ts';
import { ConsentDto, toConsentDto } from '../consent-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { ParticipantParams } from '../participant-schemas.ts';
import { consentsRoute } from '../route-schema.ts';

export function registerListConsents(app: Api, deps: Deps) {
  app.get(
    '/api/participants/:id/consents',
    consentsRoute('A participant’s consents, each with its full version history', {
      params: ParticipantParams,
      response: { 200: z.object({ items: z.array(ConsentDto) }), ...problems(400, 401, 403, 404) },
    }),
    async (request) => ({
      items: (await request.repos.consents.list(request.params.id)).map((c) => toConsentDto(c)),
    }),
  );
}
