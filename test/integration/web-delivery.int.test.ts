import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { TEST_SECRET, type TestApp } from '../support/test-app.ts';
import { dbKind, resetStore } from '../support/test-store.ts';

let webDir: string;
let app: TestApp;

// Big enough to be worth compressing, as a real chunk is.
const SCRIPT = `export const rows = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `row ${i}`))};`;
const INDEX = `<!doctype html><html><head><title>IPS</title></head><body>${'<div></div>'.repeat(200)}<script type="module" src="/assets/main-Ab12Cd34.js"></script></body></html>`;

beforeAll(async () => {
  webDir = mkdtempSync(join(tmpdir(), 'ips-web-'));
  mkdirSync(join(webDir, 'assets'));
  writeFileSync(join(webDir, 'index.html'), INDEX);
  writeFileSync(join(webDir, 'assets', 'main-Ab12Cd34.js'), SCRIPT);
  const store = await resetStore({ seed: false });
  app = await buildApp({
    store,
    sessionSecret: TEST_SECRET,
    secureCookies: false,
    identityNumbers: 'synthetic',
    webDir,
  });
});
afterAll(async () => {
  await app?.close();
  rmSync(webDir, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe(`web UI delivery (database: ${dbKind})`, () => {
  it('sends a hashed asset Brotli-compressed to a browser that accepts it, gzip to one that accepts only gzip', async () => {
    const br = await get('/assets/main-Ab12Cd34.js', 'gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);

    const gzip = await get('/assets/main-Ab12Cd34.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(SCRIPT);

    const plain = await get('/assets/main-Ab12Cd34.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  it('lets browsers keep hashed assets for a year without asking again', async () => {
    const res = await get('/assets/main-Ab12Cd34.js', 'br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('has the browser revalidate index.html on every visit, so a new build is picked up', async () => {
    for (const url of ['/', '/deltakere/abc']) {
      const res = await get(url, 'gzip');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(res.rawPayload).toString()).toBe(INDEX);
    }
  });

  it('answers 404 for a missing asset instead of the single-page index', async () => {
    const res = await get('/assets/main-OldHash1.js', 'gzip');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).not.toContain('text/html');
    expect(res.headers['cache-control']).not.toContain('immutable');
  });

  it('leaves API answers uncompressed: they carry secrets beside reflected input (BREACH)', async () => {
    const res = await get('/api/health', 'gzip, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});
