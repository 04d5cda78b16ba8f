import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { allQueued, holdConnection } from '../../../test/support/hold-connection.ts';
import { runAsArrival, takeArrival } from '../arrival.ts';
import { type Database, openDatabase } from '../database.ts';
import { migrate } from '../migrate.ts';
import { AuditBatcher } from './batcher.ts';
import type { AuditRow } from './insert.ts';

let database: Database;

beforeAll(async () => {
  database = await openDatabase({ kind: 'pglite', dataDir: 'memory' });
  await migrate(database);
}, 120_000);

afterAll(async () => {
  await database?.close();
});

function readEvent(requestId: string): AuditRow {
  return {
    actor_user_id: null,
    actor_name: 'batcher test',
    actor_organisation_id: null,
    actor_role: 'system',
    action: 'read',
    subject_type: 'participant',
    subject_id: null,
    participant_id: null,
    programme_id: null,
    purpose: 'ips_follow_up',
    legal_basis: null,
    decision: 'allow',
    reason: 'test',
    request_id: requestId,
    details: {},
  };
}

/** How many of these requests' events are committed, and in how many transactions. */
async function committed(requestIds: string[]) {
  const { rows } = await sql<{ events: number; transactions: number }>`
    select count(*)::int as events, count(distinct xmin::text)::int as transactions
    from audit_event where request_id in (${sql.join(requestIds)})`.execute(database.db);
  return rows[0];
}

it('commits the reads of requests that arrived before the batch asked together, before later requests', async () => {
  const [holder, a, b] = [1, 2, 3].map(() => takeArrival()) as [number, number, number];
  const batcher = new AuditBatcher(database.db);
  const h = holdConnection(database.db, holder);
  await h.held;
  // a's read is audited: its batch asks for the connection now, behind b, who arrived earlier.
  const writes = [runAsArrival(a, () => batcher.write([readEvent(`r${a}`)]))];
  // b's read, when its turn comes, queues its event before it lets go of the connection.
  const bRead = runAsArrival(b, () =>
    database.db.connection().execute(async () => {
      writes.push(batcher.write([readEvent(`r${b}`)]));
    }),
  );
  // A request arriving once both wait (queued without I/O: nothing here is timed).
  await allQueued();
  const seen = runAsArrival(takeArrival(), () => committed([`r${a}`, `r${b}`]));
  await h.release();
  await bRead;
  expect(await seen).toEqual({ events: 2, transactions: 1 });
  await Promise.all(writes);
});
