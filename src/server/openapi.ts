import { join } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../db/database.ts';
import type { Schema } from '../db/schema.ts';
import { Store } from '../db/store.ts';
import { buildApp } from './app.ts';

export const OPENAPI_FILE = join(import.meta.dirname, '..', '..', 'docs', 'openapi.json');

/** A database handle that is never connected: generating the document serves no request. */
function unconnectedDatabase(): Database {
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool: new pg.Pool({ max: 1 }) }) });
  return {
    kind: 'postgres',
    db,
    exec: () => Promise.reject(new Error('not connected')),
    close: () => db.destroy(),
  };
}

/** The OpenAPI document as the routes' zod schemas generate it. */
export async function openApiDocument(): Promise<string> {
  const store = new Store(unconnectedDatabase(), () => {});
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
