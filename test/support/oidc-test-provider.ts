import { generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { OidcSettings, Population, PrivateJwk } from '../../src/server/auth/oidc/oidc-settings.ts';

const KID = 'loopback-signing-key';

function rsaJwk(): JsonWebKey {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
}

/** A public key set with a key of the same id as the provider's signing key, but another key. */
function forgedKeySet(): string {
  const { kty, n, e } = rsaJwk();
  return JSON.stringify({ keys: [{ kty, n, e, kid: KID, use: 'sig', alg: 'RS256' }] });
}

export interface LoopbackProvider {
  issuer: string;
  /** The claims of each account beyond `sub` (a participant's `pid`), by the login typed at the provider. */
  accounts: Map<string, Record<string, string>>;
  /** How long an ID token lasts from its issue; negative issues one that has already expired. */
  idTokenTtlSeconds: number;
  /** When set, the provider publishes a key set its ID tokens do not verify against. */
  forgeKeySet: boolean;
  settings(population: Population, platformOrigin: string): OidcSettings;
  close(): Promise<void>;
}

const clientId = (population: Population) => `ips-${population}`;
const SECRET = 'loopback-client-secret-of-some-length';
const CLIENT_KID = 'ips-staff-client-key';

/** A private key for the platform's staff client, as it would be configured (a JWK with its kid). */
export function clientPrivateKey(): PrivateJwk {
  return { ...rsaJwk(), kid: CLIENT_KID } as PrivateJwk;
}

/** The public half of a private JWK, as the provider registers it. */
function publicJwk({ kty, n, e, kid }: PrivateJwk) {
  return { kty, n, e, kid, use: 'sig', alg: 'RS256' } as never;
}
const callbackOf = (population: Population, origin: string) =>
  `${origin}/api/auth/oidc/${population}/callback`;

/**
 * A real OpenID provider (oidc-provider, with its development login and consent pages) on a
 * loopback port, with one client per population for a platform at `platformOrigin`. Any login
 * and password sign in; the login is the account's subject.
 */
export async function startLoopbackProvider(platformOrigin: string): Promise<LoopbackProvider> {
  // Staff sign in as with HelseID, whose clients authenticate with private_key_jwt; participants'
  // client (ID-porten) with a secret.
  const staffKey = clientPrivateKey();
  let handle: (req: IncomingMessage, res: ServerResponse) => void = () => {};
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const state: LoopbackProvider = {
    issuer,
    accounts: new Map(),
    idTokenTtlSeconds: 3600,
    forgeKeySet: false,
    settings: (population, origin) => ({
      population,
      issuer,
      clientId: clientId(population),
      clientAuth:
        population === 'staff'
          ? { method: 'private_key_jwt', privateKey: staffKey }
          : { method: 'client_secret', secret: SECRET },
      redirectUri: callbackOf(population, origin),
      postLogoutRedirectUri: `${origin}/logg-inn`,
      name: population === 'staff' ? 'HelseID' : 'ID-porten',
      scope: 'openid profile',
    }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const provider = new Provider(issuer, {
    clients: (['staff', 'participant'] as const).map((population) => ({
      client_id: clientId(population),
      ...(population === 'staff'
        ? { token_endpoint_auth_method: 'private_key_jwt', jwks: { keys: [publicJwk(staffKey)] } }
        : { client_secret: SECRET }),
      redirect_uris: [callbackOf(population, platformOrigin)],
      post_logout_redirect_uris: [`${platformOrigin}/logg-inn`],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    })),
    jwks: { keys: [{ ...rsaJwk(), kid: KID, use: 'sig', alg: 'RS256' } as never] },
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, ...state.accounts.get(id) }),
    }),
    claims: { openid: ['sub', 'pid'], profile: ['name'] },
    // ID-porten puts `pid` in the ID token itself.
    conformIdTokenClaims: false,
    pkce: { required: () => true, methods: ['S256'] },
    ttl: { IdToken: () => state.idTokenTtlSeconds },
    cookies: { keys: ['loopback-provider-cookie-key'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  });
  const callback = provider.callback();
  handle = (req, res) => {
    if (state.forgeKeySet && req.url === '/jwks') {
      res.writeHead(200, { 'content-type': 'application/jwk-set+json' }).end(forgedKeySet());
      return;
    }
    callback(req, res);
  };
  return state;
}
