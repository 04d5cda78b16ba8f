import type { Kysely } from 'kysely';
import type { DataCategory } from '../../../domain/code-lists.ts';
import {
  apiValues,
  type CorrectionKind,
  type CorrectionRecordType,
  correctionRecordTypes,
  type EntryValues,
} from '../../../domain/corrections.ts';
import type { Schema } from '../../schema.ts';
import { originalEntries } from './correction-entries.ts';

/** One version after the original (which is version 1). */
export interface EntryVersion {
  version: number;
  kind: CorrectionKind;
  reason: string;
  correctedBy: { id: string; displayName: string };
  correctedAt: string;
  /** The entry as this version left it (API names); null when it voided the entry. */
  values: EntryValues | null;
}

/** One corrected or voided entry: the original as saved and every version after it. */
export interface CorrectedEntry {
  recordType: CorrectionRecordType;
  recordId: string;
  category: DataCategory;
  voided: boolean;
  original: EntryValues;
  versions: EntryVersion[];
}

/** The participant's corrected and voided entries in the given categories, the newest change first. */
export async function correctionsOf(
  db: Kysely<Schema>,
  participantId: string,
  categories: readonly DataCategory[],
): Promise<CorrectedEntry[]> {
  if (categories.length === 0) return [];
  const rows = await db
    .selectFrom('record_correction as c')
    .innerJoin('app_user as u', 'u.id', 'c.corrected_by')
    .select(['c.record_type', 'c.record_id', 'c.category', 'c.version', 'c.kind', 'c.new_values'])
    .select(['c.reason', 'c.corrected_by', 'u.display_name', 'c.corrected_at'])
    .where('c.participant_id', '=', participantId)
    .where('c.category', 'in', categories)
    .orderBy('c.record_id')
    .orderBy('c.version')
    .execute();
  const entries = new Map<string, CorrectedEntry>();
  const originals = await originalsOf(db, rows);
  for (const r of rows) {
    const type = r.record_type as CorrectionRecordType;
    const original = apiValues(type, originals.get(r.record_id) ?? {});
    const entry = entries.get(r.record_id) ?? {
      recordType: type,
      recordId: r.record_id,
      category: r.category as DataCategory,
      voided: false,
      original,
      versions: [],
    };
    entry.voided = r.kind === 'void';
    entry.versions.push({
      version: r.version,
      kind: r.kind,
      reason: r.reason,
      correctedBy: { id: r.corrected_by, displayName: r.display_name },
      correctedAt: r.corrected_at.toISOString(),
      values: r.new_values ? apiValues(type, { ...originals.get(r.record_id), ...r.new_values }) : null,
    });
    entries.set(r.record_id, entry);
  }
  return [...entries.values()].sort((a, b) => latest(b).localeCompare(latest(a)));
}

const latest = (e: CorrectedEntry) => e.versions[e.versions.length - 1]?.correctedAt ?? '';

async function originalsOf(db: Kysely<Schema>, rows: { record_type: string; record_id: string }[]) {
  const out = new Map<string, Record<string, unknown>>();
  for (const type of correctionRecordTypes) {
    const ids = [...new Set(rows.filter((r) => r.record_type === type).map((r) => r.record_id))];
    for (const [id, entry] of await originalEntries(db, type, ids)) out.set(id, entry.row);
  }
  return out;
}
