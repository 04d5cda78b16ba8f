import { AppError } from '../../../domain/app-error.ts';
import { validateReferral } from '../../../domain/participant.ts';
import { createSchema } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { CreateParticipantBody, ParticipantDto, toParticipantDto } from '../participant-schemas.ts';
import { participantsRoute } from '../route-schema.ts';

export function registerCreateParticipant(app: Api, deps: Deps) {
  app.post(
    '/api/participants',
    participantsRoute(
      'Register a referral as a participant in the caller’s programme',
      createSchema(CreateParticipantBody, ParticipantDto),
    ),
    async (request, reply) => {
      const errors = validateReferral(request.body, deps.identityNumbers);
      if (errors.length > 0) throw AppError.validation(errors);
      const created = await request.repos.participants.create(request.body, deps.personRegister);
      return reply.status(201).send(toParticipantDto(created));
    },
  );
}
