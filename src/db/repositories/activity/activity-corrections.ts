import type { CorrectionKind } from '../../../domain/corrections.ts';
import type { Db } from '../../database.ts';
import type { NewActivityEntry } from './activity-entry.ts';

/** A correction or void of one of the caller's own activity entries: the original is kept. */
export interface ActivityCorrectionInput {
  kind: CorrectionKind;
  reason: string;
  /** For a correction: the fields that change. */
  values?: Partial<NewActivityEntry>;
}

/** API field → column of activity_entry: what record_correction lays over the original. */
const COLUMNS = {
  entryDate: 'entry_date',
  place: 'place',
  activity: 'activity',
  minutes: 'minutes',
  note: 'note',
} as const satisfies Record<keyof NewActivityEntry, string>;

/** The columns whose values differ from the original, as the current-version view reads them. */
function sinceOriginal(original: Record<string, unknown>, after: NewActivityEntry) {
  const out: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(COLUMNS)) {
    const value = after[field as keyof NewActivityEntry] ?? null;
    if (value !== (original[column] ?? null)) out[column] = value;
  }
  return out;
}

/** Whose log a voided entry is in; undefined if the entry is not voided (or there is none). */
export function voidedEntryOwner(db: Db, entryId: string) {
  return db
    .selectFrom('activity_entry as a')
    .innerJoin('record_correction as rc', 'rc.record_id', 'a.id')
    .select(['a.user_id', 'a.programme_id'])
    .where('a.id', '=', entryId)
    .where('rc.kind', '=', 'void')
    .executeTakeFirst();
}

/** Adds the next version of the entry; the unique (record_id, version) refuses a concurrent one. */
export async function addVersion(
  tx: Db,
  v: {
    entryId: string;
    programmeId: string;
    userId: string;
    input: ActivityCorrectionInput;
    after: NewActivityEntry | null;
  },
) {
  const original = await tx
    .selectFrom('activity_entry')
    .selectAll()
    .where('id', '=', v.entryId)
    .executeTakeFirstOrThrow();
  const { version } = await tx
    .selectFrom('record_correction')
    .select((eb) => eb(eb.fn.coalesce(eb.fn.max('version'), eb.lit(1)), '+', 1).as('version'))
    .where('record_id', '=', v.entryId)
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('record_correction')
    .values({
      participant_id: null,
      programme_id: v.programmeId,
      record_type: 'activity',
      record_id: v.entryId,
      version: Number(version),
      kind: v.input.kind,
      new_values: v.after ? JSON.stringify(sinceOriginal(original, v.after)) : null,
      reason: v.input.reason,
      corrected_by: v.userId,
    })
    .execute();
}
