import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_BREAK_GLASS_MINUTES } from '../domain/access.ts';
import { DEFAULT_SUPPRESSION_THRESHOLD, MIN_SUPPRESSION_THRESHOLD } from '../domain/outcomes/suppression.ts';
import { type OidcSettings, oidcSettingsFromEnv, POPULATIONS } from './auth/oidc/oidc-settings.ts';

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce
    .number({ error: 'must be a port number from 0 to 65535' })
    .int('must be a port number from 0 to 65535')
    .min(0, 'must be a port number from 0 to 65535')
    .max(65535, 'must be a port number from 0 to 65535')
    .default(3000),
  HOST: z.string().default('127.0.0.1'),
  IPS_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  IPS_SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  IPS_DEMO_SEED: z.enum(['auto', 'never']).default('auto'),
  IPS_IDENTITY_NUMBERS: z.enum(['synthetic', 'all']).default('synthetic'),
  IPS_CANDIDATE_RETENTION_DAYS: z.coerce
    .number({ error: 'must be a whole number of days, 1 or more' })
    .int('must be a whole number of days, 1 or more')
    .min(1, 'must be a whole number of days, 1 or more')
    .default(90),
  IPS_BREAK_GLASS_MINUTES: z.coerce
    .number({ error: 'must be a whole number of minutes from 5 to 1440' })
    .int('must be a whole number of minutes from 5 to 1440')
    .min(5, 'must be a whole number of minutes from 5 to 1440')
    .max(1440, 'must be a whole number of minutes from 5 to 1440')
    .default(DEFAULT_BREAK_GLASS_MINUTES),
  IPS_SUPPRESSION_THRESHOLD: z.coerce
    .number({ error: 'must be a whole number, 3 or more' })
    .int('must be a whole number, 3 or more')
    .min(MIN_SUPPRESSION_THRESHOLD, 'must be a whole number, 3 or more')
    .default(DEFAULT_SUPPRESSION_THRESHOLD),
  IPS_ENHETSREGISTERET_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL, e.g. https://data.brreg.no' })
    .optional(),
  IPS_PERSON_LOOKUP_URL: z
    .url({
      protocol: /^https?$/,
      error: 'must be an http:// or https:// URL: the population register’s GraphQL endpoint',
    })
    .optional(),
  IPS_NAV_ARCHIVE_URL: z
    .url({
      protocol: /^https?$/,
      error: 'must be an http:// or https:// URL of NAV’s document archive (dokarkiv)',
    })
    .optional(),
  IPS_SMS_GATEWAY_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL of the SMS gateway' })
    .optional(),
  IPS_AUDIT_ANCHOR_DIR: z.string().min(1).optional(),
  IPS_AUDIT_ANCHOR_MINUTES: z.coerce
    .number({ error: 'must be a whole number of minutes from 1 to 1440' })
    .int('must be a whole number of minutes from 1 to 1440')
    .min(1, 'must be a whole number of minutes from 1 to 1440')
    .max(1440, 'must be a whole number of minutes from 1 to 1440')
    .default(60),
  IPS_LOCAL_LOGIN: z.enum(['on', 'off']).default('on'),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** IPS_SESSION_SECRET as given; see sessionSecret() for the development fallback. */
  sessionSecretGiven: string | undefined;
  demoSeed: 'auto' | 'never';
  /** 'synthetic' accepts only Tenor test numbers; a real deployment sets 'all'. */
  identityNumbers: 'synthetic' | 'all';
  /** Days an anonymous candidate is kept unless converted; then the daily job deletes it. */
  candidateRetentionDays: number;
  /** How long a supervisor's break-the-glass access lasts. */
  breakGlassMinutes: number;
  /** The smallest count an outcome figure shows beyond its programme. */
  suppressionThreshold: number;
  /** Enhetsregisteret's base URL; unset, no lookup leaves the platform. */
  enhetsregisteretUrl: string | undefined;
  /** The population register's GraphQL endpoint (PDL); unset, referrals are typed by hand. */
  personLookupUrl: string | undefined;
  /** NAV's document archive (dokarkiv); unset, no report leaves the platform. */
  navArchiveUrl: string | undefined;
  /** The SMS gateway; unset, no reminder is sent. */
  smsGatewayUrl: string | undefined;
  /** Where the audit chain's head is appended on a schedule; unset, no anchor is written. */
  auditAnchorDir: string | undefined;
  auditAnchorMinutes: number;
  /** Sign-in with a local username and password (IPS_LOCAL_LOGIN); the demo keeps it on. */
  localLogin: boolean;
  /** The configured OpenID providers, at most one per population (IPS_OIDC_STAFF_*, IPS_OIDC_PARTICIPANT_*). */
  oidc: OidcSettings[];
}

export class ConfigError extends Error {}

/** Parses the environment once at start-up; a bad value stops the process with a message naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  const providers = POPULATIONS.map((population) => oidcSettingsFromEnv(population, env));
  const lines = [
    ...(parsed.error?.issues ?? []).map((i) => `  ${i.path.join('.')}: ${i.message}`),
    ...providers.flatMap((p) => p.issues.map((i) => `  ${i.variable}: ${i.message}`)),
  ];
  if (!parsed.success || lines.length > 0) {
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.IPS_DATA_DIR);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    sessionSecretGiven: e.IPS_SESSION_SECRET,
    demoSeed: e.IPS_DEMO_SEED,
    identityNumbers: e.IPS_IDENTITY_NUMBERS,
    candidateRetentionDays: e.IPS_CANDIDATE_RETENTION_DAYS,
    breakGlassMinutes: e.IPS_BREAK_GLASS_MINUTES,
    suppressionThreshold: e.IPS_SUPPRESSION_THRESHOLD,
    enhetsregisteretUrl: e.IPS_ENHETSREGISTERET_URL,
    personLookupUrl: e.IPS_PERSON_LOOKUP_URL,
    navArchiveUrl: e.IPS_NAV_ARCHIVE_URL,
    smsGatewayUrl: e.IPS_SMS_GATEWAY_URL,
    auditAnchorDir: e.IPS_AUDIT_ANCHOR_DIR === undefined ? undefined : resolve(e.IPS_AUDIT_ANCHOR_DIR),
    auditAnchorMinutes: e.IPS_AUDIT_ANCHOR_MINUTES,
    localLogin: e.IPS_LOCAL_LOGIN === 'on',
    oidc: providers.flatMap((p) => (p.settings ? [p.settings] : [])),
  };
}

/** Outside production a missing secret is generated once and kept in the data dir, so restarts keep sessions. */
export function sessionSecret({ sessionSecretGiven, env, dataDir }: Config): string {
  if (sessionSecretGiven) return sessionSecretGiven;
  if (env === 'production') {
    throw new ConfigError('Invalid configuration:\n  IPS_SESSION_SECRET: required when NODE_ENV=production');
  }
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
