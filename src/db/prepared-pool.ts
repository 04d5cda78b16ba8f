import { createHash } from 'node:crypto';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';

/** Enough for every statement the app sends; past it, new texts are sent unnamed (never unbounded). */
const MAX_NAMED = 2000;

/**
 * Gives every SQL text a stable name, so each connection parses and plans it once and then only
 * binds parameters: the hot reads (session, participant, audit insert) skip planning on every call.
 * Names derive from the text, so one name never stands for two statements.
 */
export class PreparedStatementPool implements PostgresPool {
  private readonly names = new Map<string, string>();

  constructor(private readonly pool: pg.Pool) {}

  async connect(): Promise<PostgresPoolClient> {
    const client = await this.pool.connect();
    const query = <R>(sql: string, parameters: ReadonlyArray<unknown>) =>
      client.query({ text: sql, values: [...parameters], name: this.nameFor(sql) }) as unknown as Promise<
        PostgresQueryResult<R>
      >;
    return { query, release: () => client.release() } as PostgresPoolClient;
  }

  end(): Promise<void> {
    return this.pool.end();
  }

  private nameFor(sql: string): string | undefined {
    const known = this.names.get(sql);
    if (known || this.names.size >= MAX_NAMED) return known;
    const name = `ips_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
    this.names.set(sql, name);
    return name;
  }
}
