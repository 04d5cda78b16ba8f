import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  participantTables,
  staffOnlyTables,
  unkeyedReferences,
} from '../../src/db/repositories/rights/participant-data.ts';
import type { Store } from '../../src/db/store.ts';
import { dbKind, resetStore } from '../support/test-store.ts';

let store: Store;
beforeAll(async () => {
  store = await resetStore({ seed: false });
});

/**
 * Foreign keys between base tables of the current schema, as child → parent table names, and the
 * references the list declares it keeps without a key.
 */
async function foreignKeys(): Promise<{ child: string; parent: string }[]> {
  const { rows } = await sql<{ child: string; parent: string }>`
    select child.relname as child, parent.relname as parent
    from pg_constraint c
    join pg_class child on child.oid = c.conrelid
    join pg_class parent on parent.oid = c.confrelid
    where c.contype = 'f' and c.connamespace = current_schema()::regnamespace`.execute(store.db);
  return [...rows, ...unkeyedReferences];
}

/** Base tables with a column named participant_id (or ending in it), whether or not it has a key. */
async function tablesWithParticipantColumn(): Promise<string[]> {
  const { rows } = await sql<{ table_name: string }>`
    select c.table_name
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
      and c.column_name like '%participant_id'`.execute(store.db);
  return rows.map((r) => r.table_name);
}

/**
 * Every table holding a participant reference: the participant, tables with a participant_id
 * column, and, transitively, the tables referencing any of those — except the declared staff-only
 * tables, which reach a participant only through the staff member (app_user) who acted.
 */
async function tablesHoldingParticipants(): Promise<Set<string>> {
  const keys = await foreignKeys();
  const found = new Set(['participant', ...(await tablesWithParticipantColumn())]);
  const staff = new Set<string>(staffOnlyTables);
  for (let grew = true; grew; ) {
    grew = false;
    for (const { child, parent } of keys) {
      if (found.has(parent) && !found.has(child) && !staff.has(child)) {
        found.add(child);
        grew = true;
      }
    }
  }
  return found;
}

const sorted = (tables: Iterable<string>) => [...new Set(tables)].sort();

describe(`the participant data list against the database catalogue on ${dbKind}`, () => {
  it('lists every table holding a participant reference for the export, and nothing else', async () => {
    const catalogue = await tablesHoldingParticipants();
    expect(sorted(participantTables.map((t) => t.table))).toEqual(sorted(catalogue));
  });

  it('erases every listed table, and names only columns that exist', async () => {
    const catalogue = await tablesHoldingParticipants();
    const erased = participantTables.filter((t) => Object.keys(t.erase).length > 0);
    expect(sorted(erased.map((t) => t.table))).toEqual(sorted(catalogue));
    const { rows } = await sql<{ table_name: string; column_name: string }>`
      select table_name, column_name from information_schema.columns
      where table_schema = current_schema()`.execute(store.db);
    const columns = new Set(rows.map((r) => `${r.table_name}.${r.column_name}`));
    for (const t of participantTables) {
      const named = [
        ...('blank' in t.erase ? Object.keys(t.erase.blank) : []),
        ...('columns' in t ? [...t.columns.map((c) => c.name), ...t.orderBy] : []),
      ];
      for (const column of named) expect(columns, `${t.table}.${column}`).toContain(`${t.table}.${column}`);
    }
  });

  it('declares as staff-only only tables that reference a user and have no participant column', async () => {
    const keys = await foreignKeys();
    const withColumn = await tablesWithParticipantColumn();
    for (const table of staffOnlyTables) {
      expect(
        keys.some((k) => k.child === table && k.parent === 'app_user'),
        table,
      ).toBe(true);
      expect(withColumn, table).not.toContain(table);
    }
  });
});
