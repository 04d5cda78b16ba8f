import type { FastifyRequest } from 'fastify';
import { ParticipantRepository } from '../../../db/repositories/participants.ts';
import { requireSession } from '../../auth/session-hook.ts';
import type { Deps } from '../deps.ts';

/** The participant repository for this request's caller; the only way routes reach participants. */
export function participantsFor(request: FastifyRequest, deps: Deps): ParticipantRepository {
  const { actor } = requireSession(request);
  const purpose = actor.role === 'supervisor' ? 'supervision' : 'ips_follow_up';
  return new ParticipantRepository(deps.store, { actor, purpose, requestId: request.id }, deps.policy);
}
