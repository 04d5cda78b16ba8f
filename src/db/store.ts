import type { Transaction } from 'kysely';
import { AuditBatcher } from './audit/batcher.ts';
import { AuditSealer } from './audit/sealer.ts';
import type { Database, Db } from './database.ts';
import { SessionCache } from './repositories/auth/session-cache.ts';
import type { SessionRow } from './repositories/auth/sessions.ts';
import type { Schema } from './schema.ts';

/** The open database plus the audit sealer that runs beside it. */
export class Store {
  readonly db: Db;
  readonly sealer: AuditSealer;
  /** Where reads write their audit events (group commit). */
  readonly readAudit: AuditBatcher;
  /** Signed-in sessions between requests, for record reads. */
  readonly sessions: SessionCache<SessionRow>;

  constructor(
    readonly database: Database,
    onSealError: (error: unknown) => void,
  ) {
    this.db = database.db;
    this.sealer = new AuditSealer(database.db, onSealError);
    this.readAudit = new AuditBatcher(database.db);
    this.sessions = new SessionCache<SessionRow>();
  }

  /** One transaction; after it commits the sealer is woken to chain its audit events. */
  async transact<T>(fn: (tx: Transaction<Schema>) => Promise<T>): Promise<T> {
    const result = await this.db.transaction().execute(fn);
    this.sealer.poke();
    return result;
  }

  async close() {
    await this.sealer.stop();
    await this.database.close();
  }
}
