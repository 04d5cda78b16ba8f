import { openStore, targetFor } from '../db/open-store.ts';
import type { Store } from '../db/store.ts';
import { loadConfig } from '../server/config.ts';

/** Opens the configured database (migrated), runs fn, seals what it audited, and closes. */
export async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(targetFor(loadConfig()), (e) => console.error('audit sealer failed:', e));
  try {
    const result = await fn(store);
    await store.sealer.flush();
    return result;
  } finally {
    await store.close();
  }
}
