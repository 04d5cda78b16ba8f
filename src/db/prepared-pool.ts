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
  // One wrapper per pg client, kept for its life: Kysely keys its connection object on what connect()
  // returns, so a new wrapper per checkout would cost a new connection object on every query.
  private readonly wrappers = new WeakMap<pg.PoolClient, PreparedClient>();

  constructor(private readonly pool: pg.Pool) {}

  async connect(): Promise<PostgresPoolClient> {
    const client = await this.pool.connect();
    let wrapper = this.wrappers.get(client);
    if (!wrapper) {
      wrapper = new PreparedClient(client, this);
      this.wrappers.set(client, wrapper);
    }
    return wrapper as unknown as PostgresPoolClient;
  }

  end(): Promise<void> {
    return this.pool.end();
  }

  nameFor(sql: string): string | undefined {
    const known = this.names.get(sql);
    if (known || this.names.size >= MAX_NAMED) return known;
    const name = `ips_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
    this.names.set(sql, name);
    return name;
  }
}

/** A pooled client whose queries are sent as named (prepared) statements. */
class PreparedClient {
  constructor(
    private readonly client: pg.PoolClient,
    private readonly pool: PreparedStatementPool,
  ) {}

  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
    return this.client.query({
      text: sql,
      values: parameters as unknown[],
      name: this.pool.nameFor(sql),
    }) as unknown as Promise<PostgresQueryResult<R>>;
  }

  /** pg-pool sets a new `release` on each checkout, so it is looked up at the call. */
  release() {
    this.client.release();
  }
}
