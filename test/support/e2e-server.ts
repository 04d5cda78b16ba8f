import { readFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { inject } from 'vitest';
import type { DatabaseTarget } from '../../src/db/database.ts';
import type { Store } from '../../src/db/store.ts';
import { loadConfig } from '../../src/server/config.ts';
import { type PlatformOptions, startPlatform } from '../../src/server/platform.ts';

export interface RunningServer {
  baseUrl: string;
  store: Store;
  close(): Promise<void>;
}

/**
 * The demo programme to start from: under vitest, the dump the e2e global setup made
 * (test/support/demo-dump.ts), loaded into memory; elsewhere (the screenshot script) seeded anew.
 */
function demoStart(): { target: DatabaseTarget; seed: 'never' | 'always' } {
  const dump = process.env.VITEST ? inject('demoDump') : undefined;
  return dump
    ? {
        target: { kind: 'pglite', dataDir: 'memory', loadDataDir: new Blob([readFileSync(dump)]) },
        seed: 'never',
      }
    : { target: { kind: 'pglite', dataDir: 'memory' }, seed: 'always' };
}

/**
 * The real server, as `npm start` runs it, on an in-memory PGlite with the demo programme;
 * `options` adds what a test configures (Enhetsregisteret's URL, say), `port` where it listens.
 */
export async function startServer(options: Partial<PlatformOptions> = {}, port = 0): Promise<RunningServer> {
  const { app, store, close } = await startPlatform({
    ...demoStart(),
    candidateRetentionDays: loadConfig({}).candidateRetentionDays,
    sessionSecret: 'e2e-session-secret-of-at-least-32-chars',
    secureCookies: false,
    identityNumbers: 'synthetic',
    ...options,
  });
  await app.listen({ port, host: '127.0.0.1' });
  const { port: listening } = app.server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${listening}`, store, close };
}

/** A loopback port free now, for a server whose address must be known before it starts. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
