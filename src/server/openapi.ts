import { join } from 'node:path';
import { openDatabase } from '../db/database.ts';
import { Store } from '../db/store.ts';
import { buildApp } from './app.ts';

export const OPENAPI_FILE = join(import.meta.dirname, '..', '..', 'docs', 'openapi.json');

/** The OpenAPI document as the routes' zod schemas generate it (no request is served). */
export async function openApiDocument(): Promise<string> {
  const store = new Store(await openDatabase({ kind: 'pglite', dataDir: 'memory' }), () => {});
  const app = await buildApp({
    store,
    sessionSecret: 'x'.repeat(32),
    secureCookies: false,
    identityNumbers: 'synthetic',
  });
  await app.ready();
  const text = `${JSON.stringify(app.swagger(), null, 2)}\n`;
  await app.close();
  await store.close();
  return text;
}
