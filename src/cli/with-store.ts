import type { Store } from '../db/store.ts';
import { loadConfig } from '../server/config.ts';

/**
 * Opens the configured database (migrated), runs fn, seals what it audited, and closes. The
 * database code is loaded only here, so `ips --help` starts without it.
 */
export async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const { openStore, targetFor } = await import('../db/open-store.ts');
  const store = await openStore(targetFor(loadConfig()), (e) => console.error('audit sealer failed:', e));
  try {
    const result = await fn(store);
    await store.sealer.flush();
    return result;
  } finally {
    await store.close();
  }
}
