import { z } from 'zod';
import { writeAudit } from '../../../db/audit/writer.ts';
import { deleteSession, hashToken } from '../../../db/repositories/auth/sessions.ts';
import { csrfTokenFor } from '../../auth/csrf.ts';
import type { Population } from '../../auth/oidc/oidc-settings.ts';
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
    sessionRoute('Sign out; a session an identity provider started names the provider’s sign-out to visit', {
      response: {
        200: z.object({
          endSessionUrl: z.string().describe('the identity provider’s sign-out: send the browser there'),
        }),
        204: z.null(),
        ...problems(401, 403),
      },
    }),
    async (request, reply) => {
      const session = requireSession(request);
      const ended = await deps.store.transact(async (tx) => {
        const row = await deleteSession(tx, session.token);
        await writeAudit(tx, { actor: session.actor, purpose: 'sign_in', requestId: request.id }, [
          {
            action: 'logout',
            subjectType: 'user',
            subjectId: session.actor.userId,
            decision: 'allow',
            reason: 'signed_out',
          },
        ]);
        return row;
      });
      // Other processes hear of it through the database; this one forgets at once.
      deps.store.sessions.forget(hashToken(session.token));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      const endSessionUrl = await providerSignOut(deps, ended);
      return endSessionUrl ? { endSessionUrl } : reply.status(204).send(null);
    },
  );
}

/** The provider's sign-out for a session it started, when it offers one (an end_session_endpoint). */
async function providerSignOut(
  deps: Deps,
  ended: { provider: string | null; id_token: string | null } | undefined,
) {
  const authenticator = ended?.provider ? deps.oidc[ended.provider as Population] : undefined;
  if (!authenticator || !ended?.id_token) return null;
  return authenticator.client.endSessionUrl(ended.id_token).catch(() => null);
}
