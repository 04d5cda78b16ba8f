import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Store } from '../../db/store.ts';
import type { PolicyFn } from '../../domain/access.ts';
import type { IdentityNumberPolicy } from '../../domain/fnr.ts';
import type { ReportArchive } from '../../domain/guidance-report/report.ts';
import type { PersonRegister } from '../../domain/person-register.ts';
import type { UnitRegister } from '../../domain/register-unit.ts';
import type { Authenticator, PasswordCredentials } from '../auth/authenticator.ts';
import type { OidcAuthenticator } from '../auth/oidc/oidc-authenticator.ts';
import type { Population } from '../auth/oidc/oidc-settings.ts';
import type { RegisterJobs } from '../research/register-jobs.ts';

export type Api = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What every route may use; handed in once when the app is built. */
export interface Deps {
  store: Store;
  policy: PolicyFn;
  authenticator: Authenticator<PasswordCredentials>;
  /** Sign-in with a local password; off, only the OpenID providers sign in. */
  localLogin: boolean;
  /** The OpenID provider of each population that has one configured. */
  oidc: Partial<Record<Population, OidcAuthenticator>>;
  sessionSecret: string;
  secureCookies: boolean;
  identityNumbers: IdentityNumberPolicy;
  /** How long a break-the-glass access lasts (default 120 minutes). */
  breakGlassMinutes?: number;
  /** The smallest count published beyond a programme (default 5, never below 3). */
  suppressionThreshold?: number;
  /** Enhetsregisteret, when IPS_ENHETSREGISTERET_URL is set; null (off) by default. */
  unitRegister: UnitRegister | null;
  /** The population register (PDL), when IPS_PERSON_LOOKUP_URL is set; null (off) by default. */
  personRegister: PersonRegister | null;
  /** NAV's document archive, when IPS_NAV_ARCHIVE_URL is set; null (off) by default. */
  reportArchive: ReportArchive | null;
  /** The research projects' synthetic registers, made on demand in the data directory. */
  researchRegisters: RegisterJobs;
  /** The server's data directory: research extracts are written under it. */
  dataDir: string;
}
