import { problems } from '../common-schemas.ts';
import { ConsentDto, NewConsentBody, toConsentDto, toNewConsent } from '../consent-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { ParticipantParams } from '../participant-schemas.ts';
import { consentsRoute } from '../route-schema.ts';

export function registerRecordConsent(app: Api, deps: Deps) {
  app.post(
    '/api/participants/:id/consents',
    {
      bodyLimit: 3 * 1024 * 1024,
      ...consentsRoute(
        'Record a consent: who may share what with whom, for which purpose, from when to when',
        {
          params: ParticipantParams,
          body: NewConsentBody,
          response: { 201: ConsentDto, ...problems(400, 401, 403, 404) },
        },
      ),
    },
    async (request, reply) => {
      const consent = await request.repos.consents.record(request.params.id, toNewConsent(request.body));
      return reply.status(201).send(toConsentDto(consent));
    },
  );
}
