import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { TEST_SECRET, type TestApp } from '../support/test-app.ts';
import { dbKind, resetStore } from '../support/test-store.ts';

let webDir: string;
let development: TestApp;
let production: TestApp;

/** The app as started with and without NODE_ENV=production, serving a small built UI. */
beforeAll(async () => {
  webDir = mkdtempSync(join(tmpdir(), 'ips-web-'));
  mkdirSync(join(webDir, 'assets'));
  writeFileSync(
    join(webDir, 'index.html'),
    '<!doctype html><script type="module" src="/assets/app.js"></script>',
  );
  writeFileSync(join(webDir, 'assets', 'app.js'), 'export {};');
  const store = await resetStore({ seed: false });
  const build = (secureCookies: boolean) =>
    buildApp({ store, sessionSecret: TEST_SECRET, secureCookies, identityNumbers: 'synthetic', webDir });
  [development, production] = await Promise.all([build(false), build(true)]);
});
afterAll(async () => {
  await Promise.all([development?.close(), production?.close()]);
  rmSync(webDir, { recursive: true, force: true });
});

const STRICT = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
];

function directives(header: unknown): string[] {
  return String(header ?? '')
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
}

const responses = {
  html: { url: '/deltakere', type: 'text/html' },
  asset: { url: '/assets/app.js', type: 'javascript' },
  api: { url: '/api/health', type: 'application/json' },
  'API error': { url: '/api/participants', type: 'application/problem+json' },
};

describe(`browser security headers (database: ${dbKind})`, () => {
  for (const [kind, { url, type }] of Object.entries(responses)) {
    it(`sends the strict Content-Security-Policy and the other headers on ${kind} responses`, async () => {
      const res = await development.inject({ method: 'GET', url });
      expect(res.headers['content-type']).toContain(type);
      expect(directives(res.headers['content-security-policy'])).toEqual(expect.arrayContaining(STRICT));
      expect(String(res.headers['content-security-policy'])).not.toContain('unsafe');
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      });
    });
  }

  it("gives the API reference the same policy, with data: images and its logo's style by hash", async () => {
    const res = await development.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.body).toContain('<html');
    expect(res.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const policy = directives(res.headers['content-security-policy']);
    const strictButStyle = STRICT.filter((d) => !d.startsWith('style-src'));
    expect(policy).toEqual(expect.arrayContaining([...strictButStyle, "img-src 'self' data:"]));
    expect(policy.find((d) => d.startsWith('style-src'))).toMatch(
      /^style-src 'self' 'sha256-[A-Za-z0-9+/=]+'$/,
    );
    expect(String(res.headers['content-security-policy'])).not.toContain('unsafe');
    const ui = await development.inject({ method: 'GET', url: '/deltakere' });
    expect(ui.headers['content-security-policy']).not.toContain('data:');
  });

  it('sends Strict-Transport-Security only in production', async () => {
    for (const url of Object.values(responses).map((r) => r.url)) {
      const dev = await development.inject({ method: 'GET', url });
      expect(dev.headers['strict-transport-security']).toBeUndefined();
      const prod = await production.inject({ method: 'GET', url });
      expect(prod.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    }
  });
});
