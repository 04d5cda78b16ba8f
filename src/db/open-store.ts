import { type DatabaseTarget, openDatabase } from './database.ts';
import { migrate } from './migrate.ts';
import { Store } from './store.ts';

/** `owner` says what this process is, should another one find the embedded database in use. */
export function targetFor(
  config: { databaseUrl: string | undefined; dataDir: string },
  owner: string,
): DatabaseTarget {
  return config.databaseUrl
    ? { kind: 'postgres', url: config.databaseUrl }
    : { kind: 'pglite', dataDir: config.dataDir, owner };
}

/** Opens the database, applies pending migrations, and returns the store around it. */
export async function openStore(target: DatabaseTarget, onSealError: (e: unknown) => void): Promise<Store> {
  const database = await openDatabase(target);
  try {
    await migrate(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return new Store(database, onSealError);
}
