import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrate, migrationFiles } from '../../src/db/migrate.ts';
import { dbKind, resetStore, workerSchema } from '../support/test-store.ts';

const TYPES_QUERY = sql<{ big: unknown; num: unknown; day: unknown; at: unknown }>`
  select 1::int8 as big, 2.5::numeric as num, '2024-01-02'::date as day,
    '2024-01-02 03:04:05.678+05:30'::timestamptz as at`;

describe(`migrations and value types on ${dbKind}`, () => {
  it('applies every migration once on an empty database and nothing the second time', async () => {
    const store = await resetStore({ seed: false });
    const schema = dbKind === 'postgres' ? workerSchema() : 'public';
    await store.database.exec(`drop schema ${schema} cascade; create schema ${schema};`);

    const files = migrationFiles();
    expect(files[0]).toBe('0001_foundation.sql');
    expect(await migrate(store.database)).toEqual(files);
    expect(await migrate(store.database)).toEqual([]);

    const recorded = await store.db
      .selectFrom('schema_migration' as never)
      .select(sql<string>`name`.as('name'))
      .orderBy(sql`name`)
      .execute();
    expect(recorded.map((r) => r.name)).toEqual(files);
    // The second run left the tables alone: a foundation table is there, and empty.
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from audit_event`.execute(store.db);
    expect(rows).toEqual([{ n: 0 }]);
  });

  it('reads int8 and numeric as numbers, date as text and timestamptz as the exact instant', async () => {
    const store = await resetStore({ seed: false });
    const { rows } = await TYPES_QUERY.execute(store.db);
    expect(rows).toHaveLength(1);
    const row = rows[0] as Record<string, unknown>;
    expect(row.big).toBe(1);
    expect(row.num).toBe(2.5);
    expect(row.day).toBe('2024-01-02');
    expect(row.at).toBeInstanceOf(Date);
    expect((row.at as Date).toISOString()).toBe('2024-01-01T21:34:05.678Z');
  });

  // The server prints timestamptz in the session's time zone, offsets with minutes included.
  it.each(['UTC', 'Europe/Oslo', 'Asia/Kolkata', 'America/St_Johns', 'Pacific/Chatham'])(
    'reads the same timestamptz instant whatever the session time zone (%s)',
    async (zone) => {
      const store = await resetStore({ seed: false });
      const at = await store.db.connection().execute(async (conn) => {
        await sql`select set_config('TimeZone', ${zone}, false)`.execute(conn);
        try {
          const { rows } = await TYPES_QUERY.execute(conn);
          const sent = new Date('2026-06-30T23:59:59.999Z');
          const echo = await sql<{ t: Date }>`select ${sent}::timestamptz(3) as t`.execute(conn);
          expect(echo.rows[0]?.t.getTime()).toBe(sent.getTime());
          return rows[0]?.at;
        } finally {
          await sql`reset timezone`.execute(conn);
        }
      });
      expect((at as Date).toISOString()).toBe('2024-01-01T21:34:05.678Z');
    },
  );
});
