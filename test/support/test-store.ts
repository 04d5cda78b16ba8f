import { inject } from 'vitest';
import { type DatabaseTarget, openDatabase } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';
import { seedDemo } from '../../src/db/seed/demo.ts';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import { Store } from '../../src/db/store.ts';
import { hashPassword } from '../../src/server/auth/passwords.ts';

export const dbKind = (process.env.TEST_DB ?? 'pglite') as 'pglite' | 'postgres';

/** Each test worker has its own schema on the shared PostgreSQL server. */
export function workerSchema(suffix = ''): string {
  return `${inject('schemaPrefix')}_${process.env.VITEST_POOL_ID ?? '0'}${suffix}`;
}

/** A connection URL whose sessions use only `schema`. */
export function urlWithSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

let shared: Promise<Store> | null = null;
let passwordHash: Promise<string> | null = null;

function target(): DatabaseTarget {
  return dbKind === 'postgres'
    ? { kind: 'postgres', url: urlWithSchema(inject('postgresUrl'), workerSchema()), poolSize: 4 }
    : { kind: 'pglite', dataDir: 'memory' };
}

/** The worker's one database, opened once and shared by every test file the worker runs. */
export function testStore(): Promise<Store> {
  shared ??= (async () => {
    const database = await openDatabase(
      dbKind === 'postgres' ? { kind: 'postgres', url: inject('postgresUrl'), poolSize: 1 } : target(),
    );
    if (dbKind === 'postgres') {
      await database.exec(
        `drop schema if exists ${workerSchema()} cascade; create schema ${workerSchema()};`,
      );
      await database.close();
      return new Store(await openDatabase(target()), (e) => console.error(e));
    }
    return new Store(database, (e) => console.error(e));
  })();
  return shared;
}

/** Empties the worker's database, migrates it afresh and seeds the demo programme. */
export async function resetStore({ seed = true } = {}): Promise<Store> {
  const store = await testStore();
  await store.sealer.stop();
  const schema = dbKind === 'postgres' ? workerSchema() : 'public';
  await store.database.exec(`drop schema if exists ${schema} cascade; create schema ${schema};`);
  await migrate(store.database);
  if (seed) {
    passwordHash ??= hashPassword(DEMO_PASSWORD);
    const hash = await passwordHash;
    await seedDemo(store, async () => hash);
    await store.sealer.flush();
  }
  return store;
}
