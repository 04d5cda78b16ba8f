import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { writeAudit } from '../../../db/audit/writer.ts';
import { createSession } from '../../../db/repositories/auth/sessions.ts';
import { AppError } from '../../../domain/app-error.ts';
import { FLOW_COOKIE, FLOW_MAX_AGE_MS, openFlow, sealFlow } from '../../auth/oidc/flow-cookie.ts';
import { POPULATIONS } from '../../auth/oidc/oidc-settings.ts';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { sessionRoute, withoutSession } from '../route-schema.ts';
import { setSessionCookie, signInEvent } from './sign-in-event.ts';

const FLOW_PATH = '/api/auth/oidc';
const SIGN_IN_PAGE = '/logg-inn';
const Params = z.object({ population: z.enum(POPULATIONS) });

/** A path of this platform's UI (never another site's, never the API) to land on after sign-in. */
const ReturnTo = z
  .string()
  .max(500)
  .regex(/^\/(?!\/|\\|api\/)/, 'must be a path of this site, e.g. /deltakere');

/** Back to the sign-in page, which says what went wrong: `feil` (refused) or `utilgjengelig`. */
function toSignInPage(reply: FastifyReply, outcome: 'feil' | 'utilgjengelig') {
  return reply.redirect(`${SIGN_IN_PAGE}?innlogging=${outcome}`, 303);
}

export function registerOidcSignIn(app: Api, deps: Deps) {
  app.get(
    '/api/auth/providers',
    withoutSession(
      sessionRoute('How one may sign in: with a password, and through which identity providers', {
        response: {
          200: z.object({
            localLogin: z.boolean(),
            providers: z.array(z.object({ population: z.enum(POPULATIONS), name: z.string() })),
          }),
        },
      }),
    ),
    async () => ({
      localLogin: deps.localLogin,
      providers: POPULATIONS.flatMap((population) => {
        const a = deps.oidc[population];
        return a ? [{ population, name: a.client.settings.name }] : [];
      }),
    }),
  );

  app.get(
    '/api/auth/oidc/:population/start',
    withoutSession(
      sessionRoute('Sign in through the population’s identity provider: redirects the browser there', {
        params: Params,
        querystring: z.object({ til: ReturnTo.optional() }),
        response: { 303: z.null().describe('to the provider'), ...problems(400, 404) },
      }),
    ),
    async (request, reply) => {
      const authenticator = deps.oidc[request.params.population];
      if (!authenticator)
        throw new AppError('not_found', 'no identity provider is configured for this population');
      let started: Awaited<ReturnType<typeof authenticator.client.start>>;
      try {
        started = await authenticator.client.start(request.query.til ?? null);
      } catch (error) {
        request.log.warn({ err: error }, 'identity provider unavailable');
        return toSignInPage(reply, 'utilgjengelig');
      }
      reply.setCookie(FLOW_COOKIE, sealFlow(deps.sessionSecret, started.flow), {
        path: FLOW_PATH,
        httpOnly: true,
        // Lax: the provider sends the browser back with a top-level GET from its own site.
        sameSite: 'lax',
        secure: deps.secureCookies,
        maxAge: FLOW_MAX_AGE_MS / 1000,
      });
      return reply.redirect(started.url.href, 303);
    },
  );

  app.get(
    '/api/auth/oidc/:population/callback',
    withoutSession(
      sessionRoute('Where the identity provider returns the browser: signs in and redirects into the UI', {
        params: Params,
        response: { 303: z.null().describe('into the UI, or back to sign-in'), ...problems(400, 404) },
      }),
    ),
    async (request, reply) => {
      const authenticator = deps.oidc[request.params.population];
      if (!authenticator)
        throw new AppError('not_found', 'no identity provider is configured for this population');
      const flow = openFlow(deps.sessionSecret, request.cookies[FLOW_COOKIE]);
      reply.clearCookie(FLOW_COOKIE, { path: FLOW_PATH });
      const query = request.url.slice(request.url.indexOf('?') + 1 || request.url.length);
      const outcome = await authenticator.authenticate({ query, flow, requestId: request.id });
      const ctx = {
        actor: { kind: 'system', name: authenticator.method } as const,
        purpose: 'sign_in' as const,
        requestId: request.id,
      };
      const refusedSubject = String(outcome.details.subject ?? request.params.population);
      const token = await deps.store.transact(async (tx) => {
        await writeAudit(tx, ctx, [signInEvent(authenticator.method, outcome, refusedSubject)]);
        return outcome.userId ? createSession(tx, outcome.userId, outcome.origin) : null;
      });
      if (!token) return toSignInPage(reply, 'feil');
      setSessionCookie(reply, deps, token);
      return reply.redirect(flow?.returnTo ?? '/', 303);
    },
  );
}
