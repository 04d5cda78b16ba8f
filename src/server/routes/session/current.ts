import { z } from 'zod';
import { writeAudit } from '../../../db/audit/writer.ts';
import { deleteSession } from '../../../db/repositories/auth/sessions.ts';
import { csrfTokenFor } from '../../auth/csrf.ts';
import { requireSession, SESSION_COOKIE } from '../../auth/session-hook.ts';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { sessionRoute } from '../route-schema.ts';
import { SessionResponse, toSessionResponse } from './schemas.ts';

export function registerCurrentSession(app: Api, deps: Deps) {
  app.get(
    '/api/session',
    sessionRoute('The signed-in user and the CSRF token for this session', {
      response: { 200: SessionResponse, ...problems(401) },
    }),
    async (request) => {
      const session = requireSession(request);
      return toSessionResponse(session, csrfTokenFor(deps.sessionSecret, session.token));
    },
  );

  app.delete(
    '/api/session',
    sessionRoute('Sign out', { response: { 204: z.null(), ...problems(401, 403) } }),
    async (request, reply) => {
      const session = requireSession(request);
      await deps.store.transact(async (tx) => {
        await deleteSession(tx, session.token);
        await writeAudit(tx, { actor: session.actor, purpose: 'sign_in', requestId: request.id }, [
          {
            action: 'logout',
            subjectType: 'user',
            subjectId: session.actor.userId,
            decision: 'allow',
            reason: 'signed_out',
          },
        ]);
      });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );
}
