import { z } from 'zod';

/** The two populations that sign in through a provider, each with its own (HelseID or Entra ID; ID-porten). */
export const POPULATIONS = ['staff', 'participant'] as const;
export type Population = (typeof POPULATIONS)[number];

/**
 * How this platform proves itself at the token endpoint: a shared secret, or a JWT signed with its
 * own private key (`private_key_jwt`, which HelseID requires; the provider holds the public key).
 */
export type OidcClientAuth =
  | { method: 'client_secret'; secret: string }
  | { method: 'private_key_jwt'; privateKey: PrivateJwk };

/** A private key as a JWK: RSA (RS256) or an EC P-256 key (ES256); `kid` names it to the provider. */
export interface PrivateJwk {
  kty: 'RSA' | 'EC';
  d: string;
  kid?: string;
  [member: string]: unknown;
}

export interface OidcSettings {
  population: Population;
  /** The provider's issuer; its discovery document lies under it. */
  issuer: string;
  clientId: string;
  clientAuth: OidcClientAuth;
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

const PrivateKey = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a private key as a JWK (JSON)' });
      return z.NEVER;
    }
  })
  .pipe(
    z.looseObject({
      kty: z.enum(['RSA', 'EC'], { error: 'must be an RSA or EC key' }),
      d: z.string({ error: 'must be a private key (a JWK with "d")' }).min(1),
      kid: z.string().min(1).optional(),
    }),
  );

const DEFAULT_NAME: Record<Population, string> = { staff: 'HelseID', participant: 'ID-porten' };

function envSchema(population: Population) {
  const p = `IPS_OIDC_${population.toUpperCase()}_`;
  return z.object({
    [`${p}ISSUER`]: ProviderUrl.optional(),
    [`${p}CLIENT_ID`]: z.string().min(1).optional(),
    [`${p}CLIENT_SECRET`]: z.string().min(1).optional(),
    [`${p}CLIENT_PRIVATE_KEY`]: PrivateKey.optional(),
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
  const privateKey = parsed.data[`${p}CLIENT_PRIVATE_KEY`] as PrivateJwk | undefined;
  // Either way of authenticating the client will do, but not both.
  const required = ['ISSUER', 'CLIENT_ID', 'CLIENT_SECRET', 'REDIRECT_URI']
    .filter((k) => !(k === 'CLIENT_SECRET' && privateKey))
    .map((k) => `${p}${k}`);
  const missing = required.filter((k) => e[k] === undefined);
  if (missing.length === required.length && !privateKey) return { settings: null, issues: [] };
  if (missing.length > 0) {
    const message = `required when any ${p} variable is set (the secret, or ${p}CLIENT_PRIVATE_KEY instead)`;
    return { settings: null, issues: missing.map((variable) => ({ variable, message })) };
  }
  if (privateKey && e[`${p}CLIENT_SECRET`] !== undefined) {
    const message = `set either it or ${p}CLIENT_SECRET, not both`;
    return { settings: null, issues: [{ variable: `${p}CLIENT_PRIVATE_KEY`, message }] };
  }
  const redirectUri = e[`${p}REDIRECT_URI`] as string;
  return {
    settings: {
      population,
      issuer: e[`${p}ISSUER`] as string,
      clientId: e[`${p}CLIENT_ID`] as string,
      clientAuth: privateKey
        ? { method: 'private_key_jwt', privateKey }
        : { method: 'client_secret', secret: e[`${p}CLIENT_SECRET`] as string },
      redirectUri,
      postLogoutRedirectUri: e[`${p}POST_LOGOUT_URI`] ?? new URL('/logg-inn', redirectUri).href,
      name: e[`${p}NAME`] as string,
      scope: e[`${p}SCOPE`] as string,
    },
    issues: [],
  };
}
