import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pg from 'pg';
import { openStore } from '../../src/db/open-store.ts';
import { seedDemo } from '../../src/db/seed/demo.ts';
import type { Store } from '../../src/db/store.ts';
import { hashPassword } from '../../src/server/auth/passwords.ts';
import { GENERATED_PREFIX, generateAuditEvents } from './audit-generator.ts';
import { freshSchema, schemaUrl } from './db.ts';

export const ACCESS_LOG_SCHEMA = 'ips_bench_log';
export const PARTICIPANT_USER = 'ingrid.deltaker';
export const GENERATION = {
  participants: 50_000,
  years: 5,
  heavyEvents: 5_000,
  heavyDays: 120,
  withoutParticipant: 0.05,
};

/**
 * The bench schema with at least `rows` audit events: reused when it has them (generating takes
 * minutes), otherwise made afresh: migrated, demo-seeded, then filled by the generator.
 */
export async function ensureData(rows: number, regenerate: boolean) {
  const existing = await countEvents(schemaUrl(ACCESS_LOG_SCHEMA));
  if (!regenerate && existing >= rows) {
    console.log(
      `reusing schema ${ACCESS_LOG_SCHEMA}: ${existing} audit events (--regenerate makes it afresh)`,
    );
    return { reused: true, totalEvents: existing, generationSeconds: null };
  }
  const started = performance.now();
  console.log(`generating ${rows} audit events into schema ${ACCESS_LOG_SCHEMA}; this takes minutes, once`);
  const url = await freshSchema(ACCESS_LOG_SCHEMA);
  const store = await openStore({ kind: 'postgres', url, poolSize: 2 }, (e) => console.error(e));
  let participantId: string;
  try {
    await seedDemo(store, hashPassword);
    await store.sealer.flush();
    participantId = await participantOf(store);
  } finally {
    await store.close();
  }
  await generateAuditEvents(url, {
    rows,
    chunk: 1_000_000,
    heavyParticipantId: participantId,
    ...GENERATION,
    onProgress: (done, total) => {
      const s = (performance.now() - started) / 1000;
      const eta = Math.round((s / done) * (total - done));
      console.log(
        `  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} rows, ${Math.round(s)} s, ~${eta} s to go`,
      );
    },
  });
  console.log('  vacuum (analyze) audit_event, as autovacuum would in time');
  await onClient(url, (c) => c.query('vacuum (analyze) audit_event'));
  return {
    reused: false,
    totalEvents: await countEvents(url),
    generationSeconds: Math.round((performance.now() - started) / 1000),
  };
}

async function onClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function countEvents(url: string): Promise<number> {
  return onClient(url, async (c) => {
    const exists = await c.query<{ t: string | null }>("select to_regclass('audit_event')::text as t");
    if (!exists.rows[0]?.t) return 0;
    const { rows } = await c.query<{ n: string }>('select count(*) as n from audit_event');
    return Number(rows[0]?.n);
  });
}

export function setting(url: string, name: string): Promise<string> {
  return onClient(
    url,
    async (c) => (await c.query<{ v: string }>('select current_setting($1) as v', [name])).rows[0]?.v ?? '?',
  );
}

export async function participantOf(store: Store): Promise<string> {
  const { participant_id: id } = await store.db
    .selectFrom('app_user')
    .select('participant_id')
    .where('username', '=', PARTICIPANT_USER)
    .executeTakeFirstOrThrow();
  if (!id) throw new Error(`${PARTICIPANT_USER} is not linked to a participant`);
  return id;
}

/** The measured participant's history and the log's size, as the measurement starts. */
export async function dataFacts(store: Store, participantId: string) {
  const { rows } = await sql<{ participant_events: string; table_size: string; index_size: string }>`
    select (select count(*) from audit_event where participant_id = ${participantId}) as participant_events,
      pg_size_pretty(pg_table_size('audit_event')) as table_size,
      pg_size_pretty(pg_relation_size('audit_event_participant_log')) as index_size`.execute(store.db);
  const r = rows[0];
  return {
    participantId,
    participantEvents: Number(r?.participant_events),
    tableSize: r?.table_size ?? '?',
    indexSize: r?.index_size ?? '?',
  };
}

/**
 * The participant's newest generated event, as a page cursor (the API's own format). Each run's
 * reads of her log add events of their own, close together on disk; paging on from here keeps the
 * deep page inside the generated history, the same page every run.
 */
export async function newestGeneratedCursor(store: Store, participantId: string): Promise<string> {
  const e = await store.db
    .selectFrom('audit_event')
    .select(['occurred_at', 'id'])
    .where('participant_id', '=', participantId)
    .where('request_id', 'like', `${GENERATED_PREFIX}%`)
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  return Buffer.from(`${e.occurred_at.toISOString()}|${e.id}`).toString('base64url');
}
