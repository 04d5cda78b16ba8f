import pg from 'pg';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/test';
/** Marks the bench's connections, so its PostgreSQL backends can be told from other users'. */
export const BENCH_APPLICATION_NAME = 'ips_bench';

/** The PostgreSQL server the benches use; they only ever touch their own schema on it. */
export function benchDatabaseUrl(): string {
  return process.env.BENCH_DATABASE_URL ?? DEFAULT_URL;
}

/** A URL whose sessions see only `schema` (as test/support/test-store.ts does; that file needs vitest). */
export function urlWithSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

/** Drops and recreates `schema`, returning a URL confined to it and marked as the bench's. */
export async function freshSchema(schema: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`not a plain schema name: ${schema}`);
  const client = new pg.Client({ connectionString: benchDatabaseUrl() });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${schema} cascade; create schema ${schema};`);
  } finally {
    await client.end();
  }
  return schemaUrl(schema);
}

/** A URL confined to the bench's `schema` (which may not exist yet) and marked as the bench's. */
export function schemaUrl(schema: string): string {
  const url = new URL(urlWithSchema(benchDatabaseUrl(), schema));
  url.searchParams.set('application_name', BENCH_APPLICATION_NAME);
  return url.toString();
}

/** The server's version string, for the results' machine section. */
export async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("select current_setting('server_version') as v");
    return rows[0]?.v ?? 'unknown';
  } finally {
    await client.end();
  }
}
