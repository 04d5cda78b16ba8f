import { type Expression, type Kysely, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { compiledOnce } from '../compiled-once.ts';
import type { Schema } from '../schema.ts';
import { withFacts } from './participant-facts.ts';

/**
 * The facts plus every case note (with its author's name), for a record read or export: one
 * statement instead of two. Notes of categories the caller may not see are dropped in the repository
 * after the decision, before anything leaves it. `userId` may be the signed-in user's column, so the
 * session lookup can load the record in its own statement.
 */
function participantRecordQuery(db: Kysely<Schema>, userId: Expression<string>) {
  return withFacts(db, userId).select((eb) =>
    jsonArrayFrom(
      eb
        .selectFrom('case_note_current as n')
        .innerJoin('app_user as na', 'na.id', 'n.author_id')
        .select(['n.id', 'n.category', 'n.body', 'n.author_id', 'na.display_name', 'n.created_at'])
        .whereRef('n.participant_id', '=', 'p.id')
        .orderBy('n.created_at', 'desc'),
    ).as('notes'),
  );
}

export type ParticipantRecordRow = Awaited<
  ReturnType<ReturnType<typeof participantRecordQuery>['executeTakeFirstOrThrow']>
>;

/** The columns of the record that are timestamps: in its JSON they are ISO strings. */
type TimestampColumn = 'created_at' | 'updated_at' | 'restricted_at' | 'erased_at' | 'break_glass_until';

/** A record row as to_json writes it. */
export type RecordJson = Omit<ParticipantRecordRow, TimestampColumn> & {
  [K in TimestampColumn]: null extends ParticipantRecordRow[K] ? string | null : string;
};

/**
 * The record of participant `id` as one JSON value, `record` (null when no participant has the id).
 * One column instead of some thirty: the driver's per-column work (describing, copying, parsing each
 * field) cost more than the whole record's JSON does.
 */
export function recordJson(db: Kysely<Schema>, id: string, userId: Expression<string>) {
  return sql<RecordJson | null>`(select to_json(r) from (${participantRecordQuery(db, userId).where('p.id', '=', id)}) as r)`;
}

const asDate = (v: string | null) => (v === null ? null : new Date(v));

/** The record row of its JSON: timestamps made Dates again, as the driver makes them of columns. */
export function recordRowOfJson(json: RecordJson): ParticipantRecordRow {
  return {
    ...json,
    created_at: new Date(json.created_at),
    updated_at: new Date(json.updated_at),
    restricted_at: asDate(json.restricted_at),
    erased_at: asDate(json.erased_at),
    break_glass_until: asDate(json.break_glass_until),
  };
}

/** One participant's record row by id (the hot path of every record read that was not prefetched). */
const recordById = compiledOnce((db, id: string, userId: string) =>
  db.selectNoFrom(recordJson(db, id, sql<string>`cast(${userId} as uuid)`).as('record')),
);

export async function participantRecordWithFacts(
  db: Kysely<Schema>,
  id: string,
  userId: string,
): Promise<ParticipantRecordRow | null> {
  const json = (await recordById(db, id, userId))?.record;
  return json ? recordRowOfJson(json) : null;
}

/**
 * A record row loaded before the read asked for it (with the session, in the request's first
 * statement); `row` is null when no participant has the id.
 */
export interface PrefetchedRecord {
  id: string;
  row: ParticipantRecordRow | null;
}
