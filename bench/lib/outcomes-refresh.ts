// The outcomes bench's refresh of every programme's summary rows: timed once per day and data set,
// recorded in the schema, so a rerun that changes only the reports need not wait for it again.
import { sql } from 'kysely';
import { refreshOutcomes } from '../../src/db/scheduled/refresh-outcomes.ts';
import type { Store } from '../../src/db/store.ts';
import { osloToday } from '../../src/domain/participant.ts';
import { machine, round } from './results.ts';

export interface RefreshRecord {
  asOf: string;
  at: string;
  programmes: number;
  seconds: number;
  loadAverage1m: number;
  commit: string;
  summaryRows: number;
  summarySize: string;
  reused: boolean;
}

/**
 * Every programme's summary rows computed afresh, as the scheduled job's first run does (the
 * freshness rows are cleared so every programme is due), then statistics as autovacuum would
 * gather. Skipped, and the recorded run reported, when that run counted as of today and no casework
 * has changed since (no programme marked dirty), unless `force`. `commit` is the code the run
 * loaded, taken at its start: HEAD may move during a refresh of half an hour.
 */
export async function refreshOnce(store: Store, force: boolean, commit: string): Promise<RefreshRecord> {
  await sql`create table if not exists bench_refresh (refresh jsonb not null)`.execute(store.db);
  const recorded = force ? undefined : await upToDate(store);
  if (recorded) {
    console.log(`reusing the summary rows refreshed ${recorded.at}`);
    return { ...recorded, reused: true };
  }
  console.log('refreshing every programme');
  const loadAverage1m = machine().loadAverage1m;
  await store.db.deleteFrom('outcome_freshness').execute();
  const started = performance.now();
  const refreshed = await refreshOutcomes(store, { now: new Date() });
  const seconds = round((performance.now() - started) / 1000, 1);
  await sql`analyze`.execute(store.db);
  const record: RefreshRecord = {
    asOf: osloToday(),
    at: new Date().toISOString(),
    programmes: refreshed.length,
    seconds,
    loadAverage1m,
    commit,
    ...(await summarySize(store)),
    reused: false,
  };
  await sql`delete from bench_refresh`.execute(store.db);
  await sql`insert into bench_refresh values (${JSON.stringify(record)})`.execute(store.db);
  return record;
}

async function upToDate(store: Store): Promise<RefreshRecord | undefined> {
  const { rows } = await sql<{ refresh: RefreshRecord }>`select refresh from bench_refresh`.execute(store.db);
  const recorded = rows[0]?.refresh;
  if (recorded?.asOf !== osloToday()) return undefined;
  const dirty = await store.db.selectFrom('outcome_dirty').select('programme_id').limit(1).execute();
  return dirty.length === 0 ? recorded : undefined;
}

async function summarySize(store: Store) {
  const { rows } = await sql<{ rows: string; bytes: string }>`
    select (select count(*) from outcome_programme_counts) + (select count(*) from outcome_specialist_counts) as rows,
      pg_total_relation_size('outcome_programme_counts') + pg_total_relation_size('outcome_specialist_counts') as bytes`.execute(
    store.db,
  );
  const row = rows[0];
  return {
    summaryRows: Number(row?.rows ?? 0),
    summarySize: `${round(Number(row?.bytes ?? 0) / 2 ** 20, 1)} MB`,
  };
}
