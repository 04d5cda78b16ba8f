import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { decide } from '../domain/policy/decide.ts';
import { registerArrivalHook } from './arrival-hook.ts';
import { LocalPasswordAuthenticator } from './auth/authenticator.ts';
import { OidcAuthenticator } from './auth/oidc/oidc-authenticator.ts';
import { OidcClient } from './auth/oidc/oidc-client.ts';
import type { OidcSettings } from './auth/oidc/oidc-settings.ts';
import { registerSessionHook } from './auth/session-hook.ts';
import { enhetsregisteret } from './enhetsregisteret.ts';
import { registerErrorHandler } from './error-handler.ts';
import { navArchive } from './nav-archive.ts';
import { pdlPersonRegister } from './person-lookup.ts';
import { registerRequestRepos } from './request-repos.ts';
import { RegisterJobs, type RegisterSettings } from './research/register-jobs.ts';
import type { Deps } from './routes/deps.ts';
import { registerRoutes } from './routes/index.ts';
import { sessionInScope, withoutSession } from './routes/route-schema.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { registerWebUi } from './web-ui.ts';

export interface AppOptions
  extends Pick<
    Deps,
    | 'store'
    | 'sessionSecret'
    | 'secureCookies'
    | 'identityNumbers'
    | 'breakGlassMinutes'
    | 'suppressionThreshold'
  > {
  logger?: FastifyServerOptions['logger'];
  /** Where the built web UI is; served at / when present. */
  webDir?: string;
  /** Enhetsregisteret's base URL (IPS_ENHETSREGISTERET_URL); no lookups without it. */
  enhetsregisteretUrl?: string | undefined;
  /** How long a lookup may take; the default suits a person waiting at the form. */
  enhetsregisteretTimeoutMs?: number;
  /** The population register's GraphQL endpoint (IPS_PERSON_LOOKUP_URL); no lookups without it. */
  personLookupUrl?: string | undefined;
  personLookupTimeoutMs?: number;
  /** NAV's document archive (IPS_NAV_ARCHIVE_URL); no report is filed without it. */
  navArchiveUrl?: string | undefined;
  navArchiveTimeoutMs?: number;
  /** Sign-in with local passwords (IPS_LOCAL_LOGIN); on unless switched off. */
  localLogin?: boolean;
  /** The OpenID providers, at most one per population; none by default. */
  oidc?: OidcSettings[];
  /**
   * Where the research projects' synthetic demo registers go and how many persons they hold; by
   * default a folder in the system's temporary directory, 20 000 persons.
   */
  researchRegisters?: RegisterSettings;
  /** The data directory research extracts are written under; a temporary folder by default. */
  dataDir?: string;
}

export const WEB_DIST = join(import.meta.dirname, '..', '..', 'dist', 'web');

export async function buildApp(options: AppOptions) {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 256 * 1024,
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  // Only the embedded database has one connection to share; the pg pool needs no arrival order.
  if (options.store.database.kind === 'pglite') registerArrivalHook(app);
  registerSecurityHeaders(app, { hsts: options.secureCookies });
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'IPS Platform API',
        version: '0.1.0',
        description: 'Casework and consent-gated cooperation for IPS programmes. Every access is audited.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'ips_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  // The API's own documentation is open to anyone.
  await app.register(async (docs) => {
    sessionInScope(docs, 'optional');
    await docs.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  });
  app.get('/api/openapi.json', withoutSession({ schema: { hide: true } }), async () => app.swagger());
  const {
    enhetsregisteretUrl,
    enhetsregisteretTimeoutMs,
    personLookupUrl,
    navArchiveUrl,
    navArchiveTimeoutMs,
  } = options;
  const deps: Deps = {
    ...options,
    unitRegister: enhetsregisteretUrl
      ? enhetsregisteret(enhetsregisteretUrl, enhetsregisteretTimeoutMs)
      : null,
    personRegister: personLookupUrl
      ? pdlPersonRegister(personLookupUrl, options.personLookupTimeoutMs)
      : null,
    reportArchive: navArchiveUrl ? navArchive(navArchiveUrl, navArchiveTimeoutMs) : null,
    researchRegisters: new RegisterJobs(
      options.researchRegisters ?? { dir: join(tmpdir(), 'ips-research-registers') },
    ),
    dataDir: options.dataDir ?? join(tmpdir(), 'ips-data'),
    policy: decide,
    authenticator: new LocalPasswordAuthenticator(options.store.db),
    localLogin: options.localLogin ?? true,
    oidc: Object.fromEntries(
      (options.oidc ?? []).map((s) => [
        s.population,
        new OidcAuthenticator(new OidcClient(s), options.store),
      ]),
    ),
  };
  registerSessionHook(app, options.store, options.sessionSecret);
  registerRequestRepos(app, deps);
  registerRoutes(app, deps);
  const webDir = options.webDir ?? WEB_DIST;
  if (existsSync(join(webDir, 'index.html'))) await registerWebUi(app, webDir);
  return app;
}
