// The real server, as src/server/main.ts builds it, on the bench schema (already migrated and seeded).
import { randomBytes } from 'node:crypto';
import { startPlatform } from '../../src/server/platform.ts';
import { serve } from './serve.ts';

const url = process.env.BENCH_SERVER_DATABASE_URL;
if (!url) throw new Error('BENCH_SERVER_DATABASE_URL is not set');
const { app, close } = await startPlatform({
  target: { kind: 'postgres', url },
  seed: 'never',
  candidateRetentionDays: null,
  sessionSecret: randomBytes(32).toString('hex'),
  secureCookies: false,
  identityNumbers: 'synthetic',
  // main.ts outside production: a pino logger that writes nothing per request.
  logger: { level: 'warn' },
});
await serve(app, close);
