// The real server, as src/server/main.ts builds it: on the bench schema (already migrated and
// seeded), or on PGlite files in BENCH_SERVER_DATA_DIR (seeded here when empty).
import { randomBytes } from 'node:crypto';
import type { DatabaseTarget } from '../../src/db/database.ts';
import { startPlatform } from '../../src/server/platform.ts';
import { serve } from './serve.ts';

const url = process.env.BENCH_SERVER_DATABASE_URL;
const dataDir = process.env.BENCH_SERVER_DATA_DIR;
if (!url && !dataDir) throw new Error('set BENCH_SERVER_DATABASE_URL or BENCH_SERVER_DATA_DIR');
const target: DatabaseTarget = url
  ? { kind: 'postgres', url }
  : { kind: 'pglite', dataDir: dataDir as string, owner: 'a bench server' };
const { app, close } = await startPlatform({
  target,
  seed: 'auto',
  candidateRetentionDays: null,
  sessionSecret: randomBytes(32).toString('hex'),
  secureCookies: false,
  identityNumbers: 'synthetic',
  // main.ts outside production: a pino logger that writes nothing per request.
  logger: { level: 'warn' },
});
await serve(app, close);
