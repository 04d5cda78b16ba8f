import * as client from 'openid-client';
import type { OidcClientAuth, OidcSettings, Population, PrivateJwk } from './oidc-settings.ts';

/** What this platform must remember between sending the browser to the provider and its return. */
export interface OidcFlow {
  population: Population;
  state: string;
  nonce: string;
  codeVerifier: string;
  /** A path of this platform to land on after sign-in. */
  returnTo: string | null;
}

export interface VerifiedIdentity {
  issuer: string;
  subject: string;
  claims: Record<string, unknown>;
  idToken: string;
}

/**
 * Fetched when first needed and kept; a failed discovery is tried again on the next sign-in. The ID
 * token's signature is checked against the provider's published keys even though it comes straight
 * from the token endpoint (openid-client would trust TLS for that alone).
 */
async function discover(s: OidcSettings): Promise<client.Configuration> {
  const issuer = new URL(s.issuer);
  const execute = [client.enableNonRepudiationChecks];
  if (issuer.protocol === 'http:') execute.push(client.allowInsecureRequests);
  const options = { execute, timeout: 10 };
  const auth = s.clientAuth;
  if (auth.method === 'client_secret')
    return client.discovery(issuer, s.clientId, auth.secret, undefined, options);
  return client.discovery(issuer, s.clientId, undefined, await privateKeyJwt(auth), options);
}

/** The algorithm each key type signs the client's assertion with (the provider learns it from the JWT). */
const SIGNING: Record<PrivateJwk['kty'], RsaHashedImportParams | EcKeyImportParams> = {
  RSA: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
  EC: { name: 'ECDSA', namedCurve: 'P-256' },
};

/** `private_key_jwt`: each token request carries a short-lived JWT signed with the platform's key. */
async function privateKeyJwt(auth: Extract<OidcClientAuth, { method: 'private_key_jwt' }>) {
  const { privateKey } = auth;
  const key = await crypto.subtle.importKey('jwk', privateKey as JsonWebKey, SIGNING[privateKey.kty], false, [
    'sign',
  ]);
  return client.PrivateKeyJwt(privateKey.kid ? { key, kid: privateKey.kid } : key);
}

/**
 * One provider, through openid-client: the authorization-code flow with PKCE, state and nonce. The
 * ID token's signature, issuer, audience, expiry and nonce are checked by openid-client.
 */
export class OidcClient {
  private configuration: Promise<client.Configuration> | null = null;

  constructor(readonly settings: OidcSettings) {}

  private config(): Promise<client.Configuration> {
    this.configuration ??= discover(this.settings).catch((error: unknown) => {
      this.configuration = null;
      throw error;
    });
    return this.configuration;
  }

  async start(returnTo: string | null): Promise<{ url: URL; flow: OidcFlow }> {
    const config = await this.config();
    const flow: OidcFlow = {
      population: this.settings.population,
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      returnTo,
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri,
      scope: this.settings.scope,
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(flow.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url, flow };
  }

  /** Redeems the callback's code; throws when the provider refuses it or a check fails. */
  async finish(query: string, flow: OidcFlow): Promise<VerifiedIdentity> {
    const config = await this.config();
    const callback = new URL(this.settings.redirectUri);
    callback.search = query;
    const tokens = await client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims || !tokens.id_token) throw new client.ClientError('the provider returned no ID token');
    return { issuer: claims.iss, subject: claims.sub, claims, idToken: tokens.id_token };
  }

  /** The provider's end-session address for this ID token, or null when it offers none. */
  async endSessionUrl(idToken: string): Promise<string | null> {
    const config = await this.config();
    if (!config.serverMetadata().end_session_endpoint) return null;
    return client.buildEndSessionUrl(config, {
      id_token_hint: idToken,
      post_logout_redirect_uri: this.settings.postLogoutRedirectUri,
    }).href;
  }
}

/**
 * Why the provider's answer was refused, for the audit event: a short reason, the check that
 * failed and openid-client's words for it (they name claims and checks, not a person's data).
 */
export function refusalOf(error: unknown): { reason: string; check: string; problem: string } {
  // openid-client wraps the failed check: its cause says which check it was.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const problem = cause instanceof Error ? cause.message.slice(0, 200) : String(cause);
  if (error instanceof client.AuthorizationResponseError) {
    return { reason: 'provider_error', check: error.error, problem };
  }
  if (error instanceof client.ResponseBodyError)
    return { reason: 'code_refused', check: error.error, problem };
  const code = (error as { code?: unknown }).code;
  const check = typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown';
  return { reason: 'response_invalid', check, problem };
}
