import { CompiledQuery } from 'kysely';
import { runOutsideArrival } from '../arrival.ts';
import type { Db } from '../database.ts';
import { type AuditEventRow, chainHash, GENESIS_HASH } from './canonical.ts';

/** Any fixed number: the advisory lock that makes the sealer single across all processes. */
const SEAL_LOCK = 7_312_001;

// Fixed texts, so each connection prepares them once and no query builder runs per batch.
const LOCK = 'select pg_advisory_xact_lock($1)';
/**
 * Takes the oldest queued events off the queue and returns them, in chain order. The batch's ids
 * are an array computed once: as `in (subquery)` the planner, seeing a queue that is usually
 * near-empty, may rerun the subquery for every queued row, which grows with the square of the queue.
 */
const TAKE_EVENTS = `with taken as (
  delete from audit_pending where event_id =
    any(array(select event_id from audit_pending order by event_id limit $1))
  returning event_id)
select to_json(e) as event from audit_event e where e.id in (select event_id from taken) order by e.id`;
const CHAIN_END = 'select seq, hash from audit_chain order by seq desc limit 1';
const LINK = `insert into audit_chain (seq, event_id, prev_hash, hash)
  select seq, event_id, prev_hash, hash
  from json_to_recordset(cast($1 as json)) as r(seq bigint, event_id bigint, prev_hash text, hash text)`;

/**
 * An event as one JSON value: the driver parses one column instead of seventeen for each of the
 * hundreds of events a run takes. Its instant comes as text with an offset.
 */
type EventJson = Omit<AuditEventRow, 'occurred_at'> & { occurred_at: string };
const fromJson = ({ event }: { event: EventJson }): AuditEventRow => ({
  ...event,
  occurred_at: new Date(event.occurred_at),
});

async function rowsOf<R>(tx: Db, text: string, parameters: unknown[] = []): Promise<R[]> {
  return (await tx.executeQuery<R>(CompiledQuery.raw(text, parameters))).rows;
}

/**
 * Links queued events into the hash chain in one transaction per batch. Requests never wait for
 * this: they only insert their event; the chain position is assigned here, after they commit.
 */
export async function sealPending(db: Db, batchSize = 1000): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await db.transaction().execute(async (tx) => {
      await rowsOf(tx, LOCK, [SEAL_LOCK]);
      const events = (await rowsOf<{ event: EventJson }>(tx, TAKE_EVENTS, [batchSize])).map(fromJson);
      if (events.length === 0) return 0;
      const [last] = await rowsOf<{ seq: number; hash: string }>(tx, CHAIN_END);
      let seq = last?.seq ?? 0;
      let prev = last?.hash ?? GENESIS_HASH;
      const links = events.map((event) => {
        const hash = chainHash(prev, event);
        const link = { seq: ++seq, event_id: event.id, prev_hash: prev, hash };
        prev = hash;
        return link;
      });
      await rowsOf(tx, LINK, [JSON.stringify(links)]);
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
    private readonly gatherMs = 100,
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
      // Its timer may have been set by a request: the sealer is background work, not that request's.
      await runOutsideArrival(() => sealPending(this.db));
    } catch (error) {
      this.onError(error);
    }
  }
}
