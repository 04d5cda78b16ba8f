import { join, sep } from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { Api } from './routes/deps.ts';
import { sessionInScope } from './routes/route-schema.ts';

/** Vite names every built asset by its content hash, so a given URL never changes content. */
const ASSETS = '/assets/';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The single-page UI: built files as they are, index.html for every other non-API path.
 * Compressed (Brotli, else gzip) in this scope only: the API's JSON stays uncompressed, because
 * answers that carry secrets (the CSRF token, participant data) beside text the caller sent back
 * would let compressed sizes leak those secrets (BREACH); its answers are small anyway.
 */
export async function registerWebUi(app: Api, webDir: string) {
  const assetDir = join(webDir, 'assets') + sep;
  await app.register(async (web) => {
    sessionInScope(web, 'none');
    await web.register(fastifyCompress, { encodings: ['br', 'gzip'] });
    await web.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      cacheControl: false,
      // index.html names the current hashes: the browser must revalidate it on every visit.
      setHeaders: (res, path) =>
        res.setHeader('cache-control', path.startsWith(assetDir) ? IMMUTABLE : 'no-cache'),
    });
    web.get('/*', { schema: { hide: true } }, (request, reply) => {
      // An old hash after a deploy must fail loudly, not load the index as a script.
      if (request.url.startsWith('/api/') || request.url.startsWith(ASSETS)) return reply.callNotFound();
      return reply.sendFile('index.html');
    });
  });
}
