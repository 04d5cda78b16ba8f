import { afterAll, beforeAll, expect, it } from 'vitest';
import { holdConnection } from '../../../test/support/hold-connection.ts';
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

async function eventsOf(requestId: string): Promise<number> {
  const rows = await database.db
    .selectFrom('audit_event')
    .select('id')
    .where('request_id', '=', requestId)
    .execute();
  return rows.length;
}

it('commits a batch of reads as the oldest request in it, before requests that arrived later', async () => {
  const [holder, early, between, first, late] = [1, 2, 3, 4, 5].map(() => takeArrival());
  const batcher = new AuditBatcher(database.db);
  const h = holdConnection(database.db, holder as number);
  await h.held;
  // The first read starts an insert of its own; the next two wait for it and share the next one.
  const writes = [first, early, late].map((n) =>
    runAsArrival(n as number, () => batcher.write([readEvent(`r${n}`)])),
  );
  const next = holdConnection(database.db, late as number);
  await h.release();
  await next.held;
  // The batch of `early` and `late` now waits, as does a request that arrived between them.
  const seen = runAsArrival(between as number, () => eventsOf(`r${early}`));
  await next.release();
  expect(await seen).toBe(1);
  await Promise.all(writes);
});
