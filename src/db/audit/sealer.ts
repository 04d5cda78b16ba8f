import { sql } from 'kysely';
import type { Db } from '../database.ts';
import { chainHash, GENESIS_HASH } from './canonical.ts';

/** Any fixed number: the advisory lock that makes the sealer single across all processes. */
const SEAL_LOCK = 7_312_001;

/**
 * Links queued events into the hash chain in one transaction per batch. Requests never wait for
 * this: they only insert their event; the chain position is assigned here, after they commit.
 */
export async function sealPending(db: Db, batchSize = 1000): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await db.transaction().execute(async (tx) => {
      await sql`select pg_advisory_xact_lock(${SEAL_LOCK})`.execute(tx);
      const taken = await tx
        .deleteFrom('audit_pending')
        .where('event_id', 'in', (eb) =>
          eb.selectFrom('audit_pending').select('event_id').orderBy('event_id').limit(batchSize),
        )
        .returning('event_id')
        .execute();
      if (taken.length === 0) return 0;
      const events = await tx
        .selectFrom('audit_event')
        .selectAll()
        .where(
          'id',
          'in',
          taken.map((t) => t.event_id),
        )
        .orderBy('id')
        .execute();
      const last = await tx
        .selectFrom('audit_chain')
        .select(['seq', 'hash'])
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      let seq = last?.seq ?? 0;
      let prev = last?.hash ?? GENESIS_HASH;
      const links = events.map((event) => {
        const hash = chainHash(prev, event);
        const link = { seq: ++seq, event_id: event.id, prev_hash: prev, hash };
        prev = hash;
        return link;
      });
      await tx.insertInto('audit_chain').values(links).execute();
      return links.length;
    });
    total += sealed;
    if (sealed < batchSize) return total;
  }
}

/**
 * Runs the sealer shortly after writes, one run at a time, plus a slow sweep for leftovers. The
 * short wait lets one run link the events of many requests instead of a few each.
 */
export class AuditSealer {
  private running: Promise<void> | null = null;
  private soon: NodeJS.Timeout | null = null;
  private again = false;
  private sweep: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Db,
    private readonly onError: (error: unknown) => void,
    private readonly gatherMs = 20,
  ) {}

  start(sweepMs = 2000) {
    this.sweep = setInterval(() => this.poke(), sweepMs);
    this.sweep.unref();
    this.poke();
  }

  poke() {
    if (this.running || this.soon) {
      this.again = true;
      return;
    }
    this.soon = setTimeout(() => {
      this.soon = null;
      this.running = this.run().finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.poke();
        }
      });
    }, this.gatherMs);
  }

  /** Waits until everything queued so far is sealed. */
  async flush() {
    while (this.running) await this.running;
    await sealPending(this.db);
  }

  async stop() {
    if (this.sweep) clearInterval(this.sweep);
    if (this.soon) clearTimeout(this.soon);
    this.sweep = null;
    this.soon = null;
    this.again = false;
    while (this.running) await this.running;
  }

  private async run() {
    try {
      await sealPending(this.db);
    } catch (error) {
      this.onError(error);
    }
  }
}
