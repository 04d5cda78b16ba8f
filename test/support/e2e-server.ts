import type { AddressInfo } from 'node:net';
import { openStore } from '../../src/db/open-store.ts';
import { scheduleCandidatePurge } from '../../src/db/scheduled/purge-candidates.ts';
import { seedDemo } from '../../src/db/seed/demo.ts';
import type { Store } from '../../src/db/store.ts';
import { buildApp } from '../../src/server/app.ts';
import { hashPassword } from '../../src/server/auth/passwords.ts';
import { loadConfig } from '../../src/server/config.ts';

export interface RunningServer {
  baseUrl: string;
  store: Store;
  close(): Promise<void>;
}

/** The real server, as `npm start` runs it, on an in-memory PGlite with the demo programme. */
export async function startServer(): Promise<RunningServer> {
  const store = await openStore({ kind: 'pglite', dataDir: 'memory' }, (e) => console.error(e));
  await seedDemo(store, hashPassword);
  const app = await buildApp({
    store,
    sessionSecret: 'e2e-session-secret-of-at-least-32-chars',
    secureCookies: false,
    identityNumbers: 'synthetic',
  });
  store.sealer.start();
  const purge = scheduleCandidatePurge(store, {
    retentionDays: loadConfig({}).candidateRetentionDays,
    onError: (e) => console.error(e),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    store,
    close: async () => {
      await app.close();
      await purge.stop();
      await store.close();
    },
  };
}
