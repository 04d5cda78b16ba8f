import type { Kysely } from 'kysely';
import { runOutsideArrival } from '../arrival.ts';
import type { Schema } from '../schema.ts';
import { type AuditRow, insertAuditRows } from './insert.ts';

/** Rows per insert at most, so one statement stays small. */
const MAX_ROWS = 500;
/** How long a commit waits at most for the reads already under way to queue their events. */
const GATHER_MS = 2;
/** A read announced longer ago than this is taken to have ended without writing (say, aborted). */
const FORGET_MS = 1000;

interface Waiting {
  rows: AuditRow[];
  done: (error?: unknown) => void;
}

/**
 * Group commit for the audit events of reads. A read waits until its event is committed, as a
 * write would; but reads arriving while an insert is under way share the next one, so concurrent
 * reads cost one statement and one disk flush instead of one each. Alone, a read is not delayed.
 * On the embedded database's fair queue (src/db/arrival.ts) a batch asks for the connection as work
 * arriving now: requests that arrived before go first, and their reads join the batch while it
 * waits; requests that arrive after it go after it. So reads still share a commit (one fsync) there,
 * and a read waits at most for the requests already under way when its batch asked.
 */
export class AuditBatcher {
  private queue: Waiting[] = [];
  private flushing = false;
  /** Reads under way that will queue an event, by request id, with when they were announced. */
  private readonly expected = new Map<string, number>();
  private gathered: (() => void) | null = null;

  constructor(private readonly db: Kysely<Schema>) {}

  /**
   * A read that will write its event shortly (its record is loaded, the decision is next). While
   * any is under way, a commit waits for them, up to GATHER_MS: otherwise, with the disk's flush the
   * slowest step, reads split into cohorts that take turns, each waiting for the other's commit
   * before its own, instead of sharing one.
   */
  expect(requestId: string) {
    this.expected.set(requestId, Date.now());
  }

  /** The read ended, whether or not it wrote: nothing waits for it any longer. */
  settle(requestId: string) {
    if (this.expected.delete(requestId) && this.expected.size === 0) this.gathered?.();
  }

  write(rows: AuditRow[], requestId?: string | null): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ rows, done: (error) => (error ? reject(error) : resolve()) });
      if (requestId) this.settle(requestId);
      if (!this.flushing) void this.flush();
    });
  }

  /** Resolves once no announced read is still to queue its event, or after GATHER_MS. */
  private gather(): Promise<void> | undefined {
    const forgetBefore = Date.now() - FORGET_MS;
    for (const [id, at] of this.expected) if (at < forgetBefore) this.expected.delete(id);
    if (this.expected.size === 0) return undefined;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.gathered?.(), GATHER_MS);
      this.gathered = () => {
        clearTimeout(timer);
        this.gathered = null;
        resolve();
      };
    });
  }

  private async flush() {
    this.flushing = true;
    while (this.queue.length > 0) {
      const gathering = this.gather();
      if (gathering) await gathering;
      let batch: Waiting[] = [];
      try {
        await runOutsideArrival(() =>
          this.db.connection().execute(async (connection) => {
            // Taken once the connection is ours, so every read queued meanwhile shares this commit.
            batch = this.take();
            await insertAuditRows(
              connection,
              batch.flatMap((w) => w.rows),
            );
          }),
        );
        for (const w of batch) w.done();
      } catch (error) {
        for (const w of batch.length > 0 ? batch : this.take()) w.done(error);
      }
    }
    this.flushing = false;
  }

  private take(): Waiting[] {
    let rows = 0;
    let n = 0;
    while (n < this.queue.length && (n === 0 || rows + (this.queue[n]?.rows.length ?? 0) <= MAX_ROWS)) {
      rows += this.queue[n]?.rows.length ?? 0;
      n++;
    }
    return this.queue.splice(0, n);
  }
}
