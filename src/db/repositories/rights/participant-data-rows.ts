import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import type { Schema } from '../../schema.ts';
import { type ExportColumn, jsonKey } from './export-columns.ts';
import { ERASED_AT, type ParticipantTable, participantTables, type RowSection } from './participant-data.ts';

/** One row of a listed table as exported: camelCase keys, values as the database gives them. */
export type ExportRow = Record<string, unknown>;
export type RowSections = Record<RowSection, ExportRow[]>;

type RowTable = Extract<ParticipantTable, { columns: unknown }>;

/** The listed tables exported row by row through their declared columns. */
export const rowTables = participantTables.filter((t): t is RowTable => 'columns' in t);

export const rowsOf = (t: ParticipantTable, id: string): RawBuilder<unknown> =>
  t.rows ? sql`(${t.rows(id)})` : sql`t.participant_id = ${id}`;

function selected(c: ExportColumn) {
  const value = c.shows
    ? sql`(select r.${sql.ref(c.shows.column)} from ${sql.table(c.shows.table)} r where r.id = t.${sql.ref(c.name)})`
    : sql`t.${sql.ref(c.name)}`;
  return sql`${value} as ${sql.ref(jsonKey(c.name))}`;
}

/** Every row-exported section of one participant, each in its declared order. */
export async function loadRowSections(db: Kysely<Schema>, id: string): Promise<RowSections> {
  const sections: Partial<RowSections> = {};
  for (const t of rowTables) {
    const { rows } = await sql<ExportRow>`
      select ${sql.join(t.columns.map(selected))} from ${sql.table(t.table)} t
      where ${rowsOf(t, id)}
      order by ${sql.join(t.orderBy.map((c) => sql`t.${sql.ref(c)}`))}`.execute(db);
    sections[t.section] = rows;
  }
  return sections as RowSections;
}

/** Erases one participant's data table by table, as the list says: delete, blank, or keep. */
export async function eraseParticipantData(tx: Transaction<Schema>, id: string, erasedAt: Date) {
  for (const t of participantTables) {
    const table = sql`${sql.table(t.table)} as t`;
    if ('delete' in t.erase) {
      await sql`delete from ${table} where ${rowsOf(t, id)}`.execute(tx);
    } else if ('blank' in t.erase) {
      const sets = Object.entries(t.erase.blank).map(
        ([column, value]) => sql`${sql.ref(column)} = ${value === ERASED_AT ? erasedAt : value}`,
      );
      await sql`update ${table} set ${sql.join(sets)} where ${rowsOf(t, id)}`.execute(tx);
    }
  }
}
