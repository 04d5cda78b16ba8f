// The real server, as src/server/main.ts builds it, on the bench schema (already migrated and seeded).
import { randomBytes } from 'node:crypto';
import { openStore } from '../../src/db/open-store.ts';
import { buildApp } from '../../src/server/app.ts';
import { serve } from './serve.ts';

const url = process.env.BENCH_SERVER_DATABASE_URL;
if (!url) throw new Error('BENCH_SERVER_DATABASE_URL is not set');
const store = await openStore({ kind: 'postgres', url }, (e) => console.error('audit sealer failed:', e));
const app = await buildApp({
  store,
  sessionSecret: randomBytes(32).toString('hex'),
  secureCookies: false,
  identityNumbers: 'synthetic',
  // main.ts outside production: a pino logger that writes nothing per request.
  logger: { level: 'warn' },
});
store.sealer.start();
await serve(app, () => store.close());
