import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PrefetchedRecord } from '../../db/access/participant-facts.ts';
import { findSessionWithRecord } from '../../db/repositories/auth/session-with-record.ts';
import { findSessionUser, type SessionUser } from '../../db/repositories/auth/sessions.ts';
import type { Store } from '../../db/store.ts';
import { AppError } from '../../domain/app-error.ts';
import { isValidCsrfToken } from './csrf.ts';

export const SESSION_COOKIE = 'ips_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    session: (SessionUser & { token: string }) | null;
  }
  interface FastifyContextConfig {
    /** The route reads the record of the participant in its `:id`: the session lookup loads it too. */
    readsParticipantRecord?: true;
    /**
     * Who may call the route: by default a signed-in user. 'optional': anyone, the session still
     * looked up when one is sent (sign-in, health, a survey's personal link); 'none': anyone, with
     * no lookup at all (the UI's files).
     */
    session?: 'optional' | 'none';
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const prefetched = new WeakMap<FastifyRequest, PrefetchedRecord>();

/** The record loaded with the request's session, for the caller's gate to decide and audit. */
export function prefetchedRecordOf(request: FastifyRequest): PrefetchedRecord | undefined {
  return prefetched.get(request);
}

/**
 * The session's user; for a record read of a UUID id, in the same statement as the record, so the
 * read costs one round trip before its audit event. Any other id is left to the route (400, 404).
 */
async function sessionUserOf(request: FastifyRequest, store: Store, token: string) {
  const id = request.routeOptions.config.readsParticipantRecord && (request.params as { id?: unknown }).id;
  if (typeof id !== 'string' || !UUID.test(id))
    return findSessionUser(store.db, token, new Date(), store.sessions);
  const found = await findSessionWithRecord(store.db, token, id, new Date(), store.sessions);
  if (found) prefetched.set(request, found.record);
  return found?.user ?? null;
}

/**
 * Resolves the caller from the session cookie on every request, then refuses what needs a
 * session (401) and state changes without the session's CSRF token (403). Each route says in its
 * config whether it needs a session (`session`); an unmatched path (404) needs no caller.
 */
export function registerSessionHook(app: FastifyInstance, store: Store, secret: string) {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const { url, config } = request.routeOptions;
    if (url === undefined || config.session === 'none') return;
    const token = request.cookies[SESSION_COOKIE];
    const user = token ? await sessionUserOf(request, store, token) : null;
    request.session = user && token ? Object.assign({}, user, { token }) : null;
    if (token && !user) reply.clearCookie(SESSION_COOKIE, { path: '/' });
    if (config.session === 'optional') return;
    if (!request.session) throw new AppError('unauthenticated', 'sign in first: no valid session');
    if (!SAFE_METHODS.has(request.method)) {
      const given = request.headers['x-csrf-token'];
      if (!isValidCsrfToken(secret, request.session.token, typeof given === 'string' ? given : undefined)) {
        throw new AppError('csrf_failed', 'the x-csrf-token header is missing or does not match the session');
      }
    }
  });
}

/** The signed-in user of a request that passed the session hook. */
export function requireSession(request: FastifyRequest): SessionUser & { token: string } {
  if (!request.session) throw new AppError('unauthenticated', 'sign in first: no valid session');
  return request.session;
}
