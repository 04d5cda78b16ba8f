import type { FastifyRequest } from 'fastify';
import type { AccessContext } from '../../domain/access.ts';
import type { Purpose, Role } from '../../domain/code-lists.ts';
import { requireSession } from '../auth/session-hook.ts';

/** The purpose a role's requests are made for: what a consent's purpose must match. */
const PURPOSE_OF_ROLE: Partial<Record<Role, Purpose>> = {
  supervisor: 'supervision',
  participant: 'own_data',
  programme_manager: 'programme_management',
  admin: 'system_administration',
};

/** Who is asking, for what purpose, in which request: what every repository is built with. */
export function accessContext(request: FastifyRequest): AccessContext {
  const { actor } = requireSession(request);
  return { actor, purpose: PURPOSE_OF_ROLE[actor.role] ?? 'ips_follow_up', requestId: request.id };
}
