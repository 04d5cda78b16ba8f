import { type Kysely, sql } from 'kysely';
import { CASEWORK_CATEGORY } from '../../../domain/casework-categories.ts';
import type { DataCategory } from '../../../domain/code-lists.ts';
import type { CorrectionRecordType } from '../../../domain/corrections.ts';
import type { Schema } from '../../schema.ts';

/** Where each kind of entry lives: its table, its current-version view, who recorded it, its category. */
const ENTRY_TABLES = {
  contact: { table: 'participant_contact', recorder: 'recorded_by', category: null },
  job: { table: 'job', recorder: 'recorded_by', category: CASEWORK_CATEGORY.job },
  stage_transition: { table: 'stage_transition', recorder: 'recorded_by', category: CASEWORK_CATEGORY.stage },
  benefit: { table: 'participant_benefit', recorder: 'recorded_by', category: CASEWORK_CATEGORY.benefits },
  case_note: { table: 'case_note', recorder: 'author_id', category: null },
} as const satisfies Record<
  CorrectionRecordType,
  { table: string; recorder: string; category: DataCategory | null }
>;

/** A saved entry as it stands (its current version) or as first saved, keyed by column. */
export interface Entry {
  row: Record<string, unknown>;
  recordedBy: string | null;
  /** The data category it is filed under (contacts and notes carry their own). */
  category: DataCategory;
}

function toEntry(type: CorrectionRecordType, row: Record<string, unknown> | undefined): Entry | null {
  if (!row) return null;
  const where = ENTRY_TABLES[type];
  return {
    row,
    recordedBy: (row[where.recorder] as string | null) ?? null,
    category: (where.category ?? row.category) as DataCategory,
  };
}

/** The current version of one of the participant's entries; null if there is none (or it is voided). */
export async function currentEntry(
  db: Kysely<Schema>,
  type: CorrectionRecordType,
  participantId: string,
  id: string,
): Promise<Entry | null> {
  const view = `${ENTRY_TABLES[type].table}_current`;
  const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(view)}
    where id = ${id} and participant_id = ${participantId}`.execute(db);
  return toEntry(type, rows[0]);
}

/** The entries as first saved, by id: the originals a record's history starts from. */
export async function originalEntries(
  db: Kysely<Schema>,
  type: CorrectionRecordType,
  ids: readonly string[],
): Promise<Map<string, Entry>> {
  if (ids.length === 0) return new Map();
  const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(ENTRY_TABLES[type].table)}
    where id in (${sql.join(ids)})`.execute(db);
  return new Map(rows.map((r) => [r.id as string, toEntry(type, r) as Entry]));
}
