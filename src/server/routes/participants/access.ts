import type { FastifyRequest } from 'fastify';
import { ParticipantRepository } from '../../../db/repositories/participants/participants.ts';
import { accessContext } from '../access-context.ts';
import type { Deps } from '../deps.ts';

/** The participant repository for this request's caller; the only way routes reach participants. */
export function participantsFor(request: FastifyRequest, deps: Deps): ParticipantRepository {
  return new ParticipantRepository(deps.store, accessContext(request), deps.policy);
}
