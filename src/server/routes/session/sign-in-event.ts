import type { FastifyReply } from 'fastify';
import type { AuditEntry } from '../../../db/audit/writer.ts';
import { SESSION_ABSOLUTE_MS } from '../../../db/repositories/auth/sessions.ts';
import type { AuthOutcome } from '../../auth/authenticator.ts';
import { SESSION_COOKIE } from '../../auth/session-hook.ts';
import type { Deps } from '../deps.ts';

/** The audit event of a sign-in, whichever authenticator answered; `subject` names a refused one. */
export function signInEvent(method: string, outcome: AuthOutcome, subject: string): AuditEntry {
  const allowed = outcome.userId !== null;
  return {
    action: allowed ? 'login' : 'login_failed',
    subjectType: 'user',
    subjectId: outcome.userId ?? subject,
    decision: allowed ? 'allow' : 'deny',
    reason: outcome.reason,
    details: { method, ...outcome.details },
  };
}

export function setSessionCookie(reply: FastifyReply, deps: Deps, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: deps.secureCookies,
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}
