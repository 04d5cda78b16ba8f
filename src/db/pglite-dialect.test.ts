import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { holdConnection } from '../../test/support/hold-connection.ts';
import { runAsArrival, runOutsideArrival, takeArrival } from './arrival.ts';
import { type Database, openDatabase } from './database.ts';

let database: Database;

beforeAll(async () => {
  database = await openDatabase({ kind: 'pglite', dataDir: 'memory' });
}, 60_000);

afterAll(async () => {
  await database?.close();
});

/** Holds the connection as `arrival`; returns its release. */
async function hold(arrival: number, order: string[]) {
  const holder = holdConnection(database.db, arrival, () => order.push('holder'));
  await holder.held;
  return holder.release;
}

function query(order: string[], name: string) {
  return sql`select 1`.execute(database.db).then(() => order.push(name));
}

it("gives a request's next query the connection before requests that arrived after it", async () => {
  const [a, b, c] = [takeArrival(), takeArrival(), takeArrival()];
  const order: string[] = [];
  const release = await hold(a, order);
  const later = [runAsArrival(b, () => query(order, 'b')), runAsArrival(c, () => query(order, 'c'))];
  const second = runAsArrival(a, () => query(order, 'a again'));
  await release();
  await Promise.all([second, ...later]);
  expect(order).toEqual(['holder', 'a again', 'b', 'c']);
});

it('numbers work outside a request when it asks, so it neither overtakes nor starves requests', async () => {
  const holder = takeArrival();
  const early = takeArrival();
  const order: string[] = [];
  const release = await hold(holder, order);
  const background = runOutsideArrival(() => query(order, 'background'));
  const late = runAsArrival(takeArrival(), () => query(order, 'late'));
  const waiting = runAsArrival(early, () => query(order, 'early'));
  await release();
  await Promise.all([background, late, waiting]);
  expect(order).toEqual(['holder', 'early', 'background', 'late']);
});
