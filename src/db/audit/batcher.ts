import type { Kysely } from 'kysely';
import { runOutsideArrival } from '../arrival.ts';
import type { Schema } from '../schema.ts';
import { type AuditRow, insertAuditRows } from './insert.ts';

/** Rows per insert at most, so one statement stays small. */
const MAX_ROWS = 500;

interface Waiting {
  rows: AuditRow[];
  resolve: () => void;
  reject: (error: unknown) => void;
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

  constructor(private readonly db: Kysely<Schema>) {}

  write(rows: AuditRow[]): Promise<void> {
    const { promise, resolve, reject } = withResolvers();
    this.queue.push({ rows, resolve, reject });
    if (!this.flushing) void this.flush();
    return promise;
  }

  private async flush() {
    this.flushing = true;
    while (this.queue.length > 0) {
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
        for (const w of batch) w.resolve();
      } catch (error) {
        for (const w of batch.length > 0 ? batch : this.take()) w.reject(error);
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

/** Promise.withResolvers (Node 22) for Node 20: no closure made per read beyond the promise's own. */
function withResolvers() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
