import type { Store } from '../db/store.ts';
import { loadConfig } from '../server/config.ts';
import type { Cli } from './cli.ts';

/**
 * Opens the configured database (migrated), runs fn, seals what it audited, and closes. The
 * database code is loaded only here, so `ips --help` starts without it.
 */
export async function withStore<T>(cli: Cli, fn: (store: Store) => Promise<T>): Promise<T> {
  const { openStore, targetFor } = await import('../db/open-store.ts');
  const target = targetFor(loadConfig(cli.env), commandName(cli.argv));
  const store = await openStore(target, (e) =>
    cli.err(`audit sealer failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
  );
  try {
    const result = await fn(store);
    await store.sealer.flush();
    return result;
  } finally {
    await store.close();
  }
}

/** `ips users create`: the command without its arguments, which may hold a password. */
export function commandName(argv: readonly string[]): string {
  const end = argv.findIndex((w) => w.startsWith('-'));
  return ['ips', ...argv.slice(0, end < 0 ? 2 : Math.min(end, 2))].join(' ');
}
