import type { Kysely } from 'kysely';
import { arrivalNow, runAsArrival } from '../arrival.ts';
import type { Schema } from '../schema.ts';
import { type AuditRow, insertAuditRows } from './insert.ts';

/** Rows per insert at most, so one statement stays small. */
const MAX_ROWS = 500;

interface Waiting {
  rows: AuditRow[];
  /** The request the read belongs to (src/db/arrival.ts). */
  arrival: number;
  done: (error?: unknown) => void;
}

/**
 * Group commit for the audit events of reads. A read waits until its event is committed, as a
 * write would; but reads arriving while an insert is under way share the next one, so concurrent
 * reads cost one statement and one disk flush instead of one each. Alone, a read is not delayed.
 * A batch waits for the connection as the oldest request in it, so sharing never makes a read wait
 * behind requests that arrived after it.
 */
export class AuditBatcher {
  private queue: Waiting[] = [];
  private flushing = false;

  constructor(private readonly db: Kysely<Schema>) {}

  write(rows: AuditRow[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ rows, arrival: arrivalNow(), done: (error) => (error ? reject(error) : resolve()) });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush() {
    this.flushing = true;
    while (this.queue.length > 0) {
      const batch = this.take();
      try {
        const oldest = Math.min(...batch.map((w) => w.arrival));
        const rows = batch.flatMap((w) => w.rows);
        await runAsArrival(oldest, () => insertAuditRows(this.db, rows));
        for (const w of batch) w.done();
      } catch (error) {
        for (const w of batch) w.done(error);
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
