import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, sessionSecret } from './config.ts';

describe('configuration from the environment', () => {
  it('has working defaults: port 3000, PGlite in ./data', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      env: 'development',
      candidateRetentionDays: 90,
      breakGlassMinutes: 120,
      suppressionThreshold: 5,
    });
    expect(c.dataDir).toMatch(/data$/);
  });

  it('names the variable and the rule when a value is wrong', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT: must be a port number/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => loadConfig({ IPS_SESSION_SECRET: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ IPS_CANDIDATE_RETENTION_DAYS: '0' })).toThrow(
      /IPS_CANDIDATE_RETENTION_DAYS: must be a whole/,
    );
    expect(() => loadConfig({ IPS_BREAK_GLASS_MINUTES: '2.5' })).toThrow(
      /IPS_BREAK_GLASS_MINUTES: must be a whole/,
    );
    expect(() => loadConfig({ IPS_SUPPRESSION_THRESHOLD: '2' })).toThrow(
      /IPS_SUPPRESSION_THRESHOLD: must be a whole number, 3 or more/,
    );
  });

  it('looks nothing up in Enhetsregisteret unless given an http(s) URL for it', () => {
    expect(loadConfig({}).enhetsregisteretUrl).toBeUndefined();
    expect(loadConfig({ IPS_ENHETSREGISTERET_URL: 'https://data.brreg.no' }).enhetsregisteretUrl).toBe(
      'https://data.brreg.no',
    );
    expect(() => loadConfig({ IPS_ENHETSREGISTERET_URL: 'data.brreg.no' })).toThrow(
      /IPS_ENHETSREGISTERET_URL: must be an http/,
    );
    expect(() => loadConfig({ IPS_ENHETSREGISTERET_URL: 'ftp://data.brreg.no' })).toThrow(
      /IPS_ENHETSREGISTERET_URL: must be an http/,
    );
  });

  it('writes no audit anchor unless given a directory, then one every hour unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ auditAnchorDir: undefined, auditAnchorMinutes: 60 });
    const dir = mkdtempSync(join(tmpdir(), 'ips-anchors-'));
    expect(loadConfig({ IPS_AUDIT_ANCHOR_DIR: dir, IPS_AUDIT_ANCHOR_MINUTES: '15' })).toMatchObject({
      auditAnchorDir: dir,
      auditAnchorMinutes: 15,
    });
    expect(() => loadConfig({ IPS_AUDIT_ANCHOR_MINUTES: '0' })).toThrow(
      /IPS_AUDIT_ANCHOR_MINUTES: must be a whole number of minutes from 1 to 1440/,
    );
  });

  it('requires a session secret in production', () => {
    expect(() => sessionSecret(loadConfig({ NODE_ENV: 'production' }))).toThrow(
      /IPS_SESSION_SECRET: required/,
    );
  });

  it('generates a development secret once and keeps it in the data dir', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ips-config-'));
    const first = sessionSecret(loadConfig({ IPS_DATA_DIR: dir }));
    expect(first).toHaveLength(64);
    expect(sessionSecret(loadConfig({ IPS_DATA_DIR: dir }))).toBe(first);
    expect(readFileSync(join(dir, 'session-secret'), 'utf8')).toBe(first);
  });

  it('turns on an OpenID provider only with all four of its variables, and local sign-in off only when told', () => {
    const staff = {
      IPS_OIDC_STAFF_ISSUER: 'https://helseid-sts.test.nhn.no',
      IPS_OIDC_STAFF_CLIENT_ID: 'ips',
      IPS_OIDC_STAFF_CLIENT_SECRET: 'secret',
      IPS_OIDC_STAFF_REDIRECT_URI: 'https://ips.example.no/api/auth/oidc/staff/callback',
    };
    expect(loadConfig({})).toMatchObject({ localLogin: true, oidc: [] });
    expect(loadConfig({ ...staff, IPS_LOCAL_LOGIN: 'off' })).toMatchObject({
      localLogin: false,
      oidc: [
        {
          population: 'staff',
          name: 'HelseID',
          scope: 'openid profile',
          postLogoutRedirectUri: 'https://ips.example.no/logg-inn',
        },
      ],
    });
    const { IPS_OIDC_STAFF_CLIENT_SECRET: _, ...partial } = staff;
    expect(() => loadConfig(partial)).toThrow(
      /IPS_OIDC_STAFF_CLIENT_SECRET: required when any IPS_OIDC_STAFF_/,
    );
    expect(() => loadConfig({ ...staff, IPS_OIDC_STAFF_ISSUER: 'http://idp.example.no' })).toThrow(
      /IPS_OIDC_STAFF_ISSUER: must be an https/,
    );
    expect(loadConfig({ ...staff, IPS_OIDC_STAFF_ISSUER: 'http://127.0.0.1:4000' }).oidc).toHaveLength(1);
    expect(() => loadConfig({ IPS_LOCAL_LOGIN: 'no' })).toThrow(/IPS_LOCAL_LOGIN/);
  });

  it('authenticates a provider client by private_key_jwt when given its private key (a JWK) instead of a secret', () => {
    const key = { kty: 'RSA', n: 'n', e: 'AQAB', d: 'd', kid: 'ips-1' };
    const { IPS_OIDC_STAFF_CLIENT_SECRET: _, ...staff } = {
      IPS_OIDC_STAFF_ISSUER: 'https://helseid-sts.test.nhn.no',
      IPS_OIDC_STAFF_CLIENT_ID: 'ips',
      IPS_OIDC_STAFF_CLIENT_SECRET: 'secret',
      IPS_OIDC_STAFF_REDIRECT_URI: 'https://ips.example.no/api/auth/oidc/staff/callback',
    };
    const withKey = { ...staff, IPS_OIDC_STAFF_CLIENT_PRIVATE_KEY: JSON.stringify(key) };
    expect(loadConfig(withKey).oidc).toMatchObject([
      { population: 'staff', clientAuth: { method: 'private_key_jwt', privateKey: key } },
    ]);
    expect(() => loadConfig({ ...withKey, IPS_OIDC_STAFF_CLIENT_SECRET: 'secret' })).toThrow(
      /IPS_OIDC_STAFF_CLIENT_PRIVATE_KEY: set either it or IPS_OIDC_STAFF_CLIENT_SECRET, not both/,
    );
    expect(() => loadConfig({ ...staff, IPS_OIDC_STAFF_CLIENT_PRIVATE_KEY: 'not json' })).toThrow(
      /IPS_OIDC_STAFF_CLIENT_PRIVATE_KEY: must be a private key as a JWK/,
    );
    const publicOnly = JSON.stringify({ kty: 'RSA', n: 'n', e: 'AQAB' });
    expect(() => loadConfig({ ...staff, IPS_OIDC_STAFF_CLIENT_PRIVATE_KEY: publicOnly })).toThrow(
      /IPS_OIDC_STAFF_CLIENT_PRIVATE_KEY\.d: must be a private key/,
    );
  });
});
