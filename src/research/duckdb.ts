import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

/** One DuckDB connection (in memory: the analyses read Parquet files and keep nothing). */
export async function openDuckDb(): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  return instance.connect();
}

type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

/**
 * DuckDB answers counts as BigInt and dates as its own values; callers get plain JSON values: a
 * BigInt becomes a number (our counts stay far below 2^53), anything else its string form.
 */
function plain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

export async function rowsOf<T>(conn: DuckDBConnection, sql: string): Promise<T[]> {
  const reader = await conn.runAndReadAll(sql);
  return reader
    .getRowObjects()
    .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])) as T);
}

/** A file path as an SQL string literal. */
export function literal(path: string): string {
  return `'${path.replaceAll("'", "''")}'`;
}
