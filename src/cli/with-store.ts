import type { Store } from '../db/store.ts';
import { loadConfig } from '../server/config.ts';

/**
 * Opens the configured database (migrated), runs fn, seals what it audited, and closes. The
 * database code is loaded only here, so `ips --help` starts without it.
 */
export async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const { openStore, targetFor } = await import('../db/open-store.ts');
  const target = targetFor(loadConfig(), commandName());
  const store = await openStore(target, (e) => console.error('audit sealer failed:', e));
  try {
    const result = await fn(store);
    await store.sealer.flush();
    return result;
  } finally {
    await store.close();
  }
}

/** `ips users create`: the command without its arguments, which may hold a password. */
export function commandName(): string {
  const words = process.argv.slice(2);
  const end = words.findIndex((w) => w.startsWith('-'));
  return ['ips', ...words.slice(0, end < 0 ? 2 : Math.min(end, 2))].join(' ');
}
