import type { FastifyReply } from 'fastify';
import { writeAudit } from '../../../db/audit/writer.ts';
import { claimLoginAttempt, markLoginSucceeded } from '../../../db/repositories/auth/login-attempts.ts';
import { createSession, findSessionUser } from '../../../db/repositories/auth/sessions.ts';
import { AppError } from '../../../domain/app-error.ts';
import { csrfTokenFor } from '../../auth/csrf.ts';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { sessionRoute, withoutSession } from '../route-schema.ts';
import { LoginBody, SessionResponse, toSessionResponse } from './schemas.ts';
import { setSessionCookie, signInEvent } from './sign-in-event.ts';

export function registerLogin(app: Api, deps: Deps) {
  const { store, authenticator } = deps;
  app.post(
    '/api/session',
    withoutSession(
      sessionRoute('Sign in with username and password; sets the session cookie', {
        body: LoginBody,
        response: { 200: SessionResponse, ...problems(400, 401, 403, 429) },
      }),
    ),
    async (request, reply) => {
      if (!deps.localLogin) {
        throw new AppError(
          'forbidden',
          'sign-in with a password is switched off: sign in through the identity provider',
        );
      }
      const username = request.body.username.trim().toLowerCase();
      const method = authenticator.method;
      const ctx = {
        actor: { kind: 'system', name: username } as const,
        purpose: 'sign_in' as const,
        requestId: request.id,
      };
      // The source is the address Fastify gives: a forwarded header counts only under trustProxy.
      const claim = await store.transact(async (tx) => {
        const c = await claimLoginAttempt(tx, username, request.ip, new Date());
        if (!c.allowed) {
          const refused = { userId: null, reason: 'too_many_attempts', details: { limit: c.limit } };
          await writeAudit(tx, ctx, [signInEvent(method, refused, username)]);
        }
        return c;
      });
      if (!claim.allowed) refuseThrottled(reply, claim.retryAfterMs);
      const outcome = await authenticator.authenticate({ username, password: request.body.password });
      const token = await store.transact(async (tx) => {
        if (outcome.userId) await markLoginSucceeded(tx, claim.attemptId);
        await writeAudit(tx, ctx, [signInEvent(method, outcome, username)]);
        return outcome.userId ? createSession(tx, outcome.userId) : null;
      });
      const session = token ? await findSessionUser(store.db, token, new Date(), store.sessions) : null;
      if (!token || !session) throw new AppError('invalid_credentials', 'wrong username or password');
      setSessionCookie(reply, deps, token);
      return toSessionResponse(session, csrfTokenFor(deps.sessionSecret, token));
    },
  );
}

/** 429 with Retry-After: the password was not checked. */
function refuseThrottled(reply: FastifyReply, retryAfterMs: number): never {
  const seconds = Math.ceil(retryAfterMs / 1000);
  reply.header('retry-after', String(seconds));
  const wait = seconds <= 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  throw new AppError('too_many_attempts', `too many failed sign-ins: try again in ${wait}`);
}
