import type { FastifyReply } from 'fastify';
import { writeAudit } from '../../../db/audit/writer.ts';
import { claimLoginAttempt, markLoginSucceeded } from '../../../db/repositories/auth/login-attempts.ts';
import {
  createSession,
  findSessionUser,
  SESSION_ABSOLUTE_MS,
} from '../../../db/repositories/auth/sessions.ts';
import { AppError } from '../../../domain/app-error.ts';
import { csrfTokenFor } from '../../auth/csrf.ts';
import { SESSION_COOKIE } from '../../auth/session-hook.ts';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { sessionRoute } from '../route-schema.ts';
import { LoginBody, SessionResponse, toSessionResponse } from './schemas.ts';

export function registerLogin(app: Api, deps: Deps) {
  const { store, authenticator } = deps;
  app.post(
    '/api/session',
    sessionRoute('Sign in with username and password; sets the session cookie', {
      body: LoginBody,
      response: { 200: SessionResponse, ...problems(400, 401, 429) },
    }),
    async (request, reply) => {
      const username = request.body.username.trim().toLowerCase();
      const audit = (
        action: 'login' | 'login_failed',
        reason: string,
        userId: string | null,
        details: Record<string, unknown> = {},
      ) => ({
        action,
        subjectType: 'user',
        subjectId: userId ?? username,
        decision: action === 'login' ? ('allow' as const) : ('deny' as const),
        reason,
        details: { method: authenticator.method, ...details },
      });
      const ctx = {
        actor: { kind: 'system', name: username } as const,
        purpose: 'sign_in' as const,
        requestId: request.id,
      };
      // The source is the address Fastify gives: a forwarded header counts only under trustProxy.
      const claim = await store.transact(async (tx) => {
        const c = await claimLoginAttempt(tx, username, request.ip, new Date());
        if (!c.allowed) {
          await writeAudit(tx, ctx, [audit('login_failed', 'too_many_attempts', null, { limit: c.limit })]);
        }
        return c;
      });
      if (!claim.allowed) refuseThrottled(reply, claim.retryAfterMs);
      const userId = await authenticator.authenticate({ username, password: request.body.password });
      const token = await store.transact(async (tx) => {
        if (userId) await markLoginSucceeded(tx, claim.attemptId);
        await writeAudit(tx, ctx, [
          audit(
            userId ? 'login' : 'login_failed',
            userId ? 'credentials_valid' : 'invalid_credentials',
            userId,
          ),
        ]);
        return userId ? createSession(tx, userId) : null;
      });
      const session = token ? await findSessionUser(store.db, token) : null;
      if (!token || !session) throw new AppError('invalid_credentials', 'wrong username or password');
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: deps.secureCookies,
        maxAge: SESSION_ABSOLUTE_MS / 1000,
      });
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
