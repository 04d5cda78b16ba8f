import { z } from 'zod';

/** The two populations that sign in through a provider, each with its own (HelseID or Entra ID; ID-porten). */
export const POPULATIONS = ['staff', 'participant'] as const;
export type Population = (typeof POPULATIONS)[number];

export interface OidcSettings {
  population: Population;
  /** The provider's issuer; its discovery document lies under it. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** This platform's callback, as registered with the provider. */
  redirectUri: string;
  /** Where the provider sends the browser after its own sign-out. */
  postLogoutRedirectUri: string;
  /** The button's label, e.g. "HelseID" or "ID-porten". */
  name: string;
  scope: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** https, or http on this machine only (a provider started next to the server, as the tests do). */
const ProviderUrl = z
  .url({ protocol: /^https?$/, error: 'must be an https:// URL' })
  .refine((u) => u.startsWith('https://') || LOOPBACK.has(new URL(u).hostname), 'must be an https:// URL');

const DEFAULT_NAME: Record<Population, string> = { staff: 'HelseID', participant: 'ID-porten' };

function envSchema(population: Population) {
  const p = `IPS_OIDC_${population.toUpperCase()}_`;
  return z.object({
    [`${p}ISSUER`]: ProviderUrl.optional(),
    [`${p}CLIENT_ID`]: z.string().min(1).optional(),
    [`${p}CLIENT_SECRET`]: z.string().min(1).optional(),
    [`${p}REDIRECT_URI`]: ProviderUrl.optional(),
    [`${p}POST_LOGOUT_URI`]: ProviderUrl.optional(),
    [`${p}NAME`]: z.string().min(1).max(40).default(DEFAULT_NAME[population]),
    [`${p}SCOPE`]: z.string().min(1).default('openid profile'),
  });
}

export type OidcEnvIssue = { variable: string; message: string };

/**
 * One population's provider from the environment: null when none of its variables is set (off),
 * the settings when the four it needs are, and an issue naming each missing one otherwise.
 */
export function oidcSettingsFromEnv(
  population: Population,
  env: NodeJS.ProcessEnv,
): { settings: OidcSettings | null; issues: OidcEnvIssue[] } {
  const p = `IPS_OIDC_${population.toUpperCase()}_`;
  const parsed = envSchema(population).safeParse(env);
  if (!parsed.success) {
    return {
      settings: null,
      issues: parsed.error.issues.map((i) => ({ variable: i.path.join('.'), message: i.message })),
    };
  }
  const e = parsed.data as Record<string, string | undefined>;
  const required = ['ISSUER', 'CLIENT_ID', 'CLIENT_SECRET', 'REDIRECT_URI'].map((k) => `${p}${k}`);
  const missing = required.filter((k) => e[k] === undefined);
  if (missing.length === required.length) return { settings: null, issues: [] };
  if (missing.length > 0) {
    const message = `required when any IPS_OIDC_${population.toUpperCase()}_ variable is set`;
    return { settings: null, issues: missing.map((variable) => ({ variable, message })) };
  }
  const redirectUri = e[`${p}REDIRECT_URI`] as string;
  return {
    settings: {
      population,
      issuer: e[`${p}ISSUER`] as string,
      clientId: e[`${p}CLIENT_ID`] as string,
      clientSecret: e[`${p}CLIENT_SECRET`] as string,
      redirectUri,
      postLogoutRedirectUri: e[`${p}POST_LOGOUT_URI`] ?? new URL('/logg-inn', redirectUri).href,
      name: e[`${p}NAME`] as string,
      scope: e[`${p}SCOPE`] as string,
    },
    issues: [],
  };
}
