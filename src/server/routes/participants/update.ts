import { AppError } from '../../../domain/app-error.ts';
import { validateReferral } from '../../../domain/participant.ts';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import {
  ParticipantDto,
  ParticipantParams,
  toParticipantDto,
  UpdateParticipantBody,
} from '../participant-schemas.ts';
import { participantsRoute } from '../route-schema.ts';

export function registerUpdateParticipant(app: Api, deps: Deps) {
  app.patch(
    '/api/participants/:id',
    participantsRoute('Change a participant; send the version you read (optimistic concurrency)', {
      params: ParticipantParams,
      body: UpdateParticipantBody,
      response: { 200: ParticipantDto, ...problems(400, 401, 403, 404, 409) },
    }),
    async (request) => {
      const { version, ...changes } = request.body;
      const errors = validateReferral(changes, deps.identityNumbers);
      if (errors.length > 0) throw AppError.validation(errors);
      const updated = await request.repos.participants.update(request.params.id, changes, version);
      return toParticipantDto(updated);
    },
  );
}
