import type { AddressInfo } from 'node:net';
import type { Store } from '../../src/db/store.ts';
import { loadConfig } from '../../src/server/config.ts';
import { type PlatformOptions, startPlatform } from '../../src/server/platform.ts';

export interface RunningServer {
  baseUrl: string;
  store: Store;
  close(): Promise<void>;
}

/**
 * The real server, as `npm start` runs it, on an in-memory PGlite with the demo programme;
 * `options` adds what a test configures (Enhetsregisteret's URL, say).
 */
export async function startServer(options: Partial<PlatformOptions> = {}): Promise<RunningServer> {
  const { app, store, close } = await startPlatform({
    target: { kind: 'pglite', dataDir: 'memory' },
    seed: 'always',
    candidateRetentionDays: loadConfig({}).candidateRetentionDays,
    sessionSecret: 'e2e-session-secret-of-at-least-32-chars',
    secureCookies: false,
    identityNumbers: 'synthetic',
    ...options,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, store, close };
}
