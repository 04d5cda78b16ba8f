import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { participantsFor } from './access.ts';
import { ParticipantDto, ParticipantParams, toParticipantDto } from './schemas.ts';

export function registerGetParticipant(app: Api, deps: Deps) {
  app.get(
    '/api/participants/:id',
    {
      schema: {
        tags: ['participants'],
        summary: 'One participant, if the policy allows the caller to read it (audited either way)',
        params: ParticipantParams,
        response: { 200: ParticipantDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => toParticipantDto(await participantsFor(request, deps).get(request.params.id)),
  );
}
