import { sql } from 'kysely';
import {
  type ParticipantRecordRow,
  type PrefetchedRecord,
  participantRecordQuery,
} from '../../access/participant-facts.ts';
import { compiledOnce } from '../../compiled-once.ts';
import type { Db } from '../../database.ts';
import type { SessionCache } from './session-cache.ts';
import { hashToken, liveSessionUser, type SessionRow, type SessionUser, sessionQuery } from './sessions.ts';

/** The record row as `to_json` gives it: its instants as ISO strings. */
type RecordJson = Omit<ParticipantRecordRow, 'created_at' | 'updated_at' | 'restricted_at' | 'erased_at'> & {
  created_at: string;
  updated_at: string;
  restricted_at: string | null;
  erased_at: string | null;
};

/**
 * The session and the participant record its read asks for, in one statement: the record is loaded
 * for the session's user (her open break-the-glass access), not decided and not audited here. The
 * user is named by `s.user_id`: inside the record's query `u` is the participant's job specialist.
 * The record comes as one JSON column: the driver reads a row description and parses a value for
 * every column of every answer, which for the record's thirty columns cost more Node CPU than one
 * JSON.parse does.
 */
const sessionWithRecordRow = compiledOnce((db, idHash: string, participantId: string) =>
  sessionQuery(db)
    .leftJoinLateral(
      participantRecordQuery(db, sql.ref<string>('s.user_id')).where('p.id', '=', participantId).as('r'),
      (join) => join.onTrue(),
    )
    .select(sql<RecordJson | null>`to_json(${sql.table('r')})`.as('record'))
    .where('s.id_hash', '=', idHash),
);

/**
 * The record alone, as the statement above gives it, with the session epoch in the same snapshot: a
 * session kept at that epoch is still what the database holds.
 */
const recordAtEpoch = compiledOnce((db, participantId: string, userId: string) =>
  db.selectNoFrom((eb) => [
    sql<number>`(select n from session_epoch)`.as('epoch'),
    eb
      .selectFrom(
        participantRecordQuery(db, sql<string>`cast(${userId} as uuid)`)
          .where('p.id', '=', participantId)
          .as('r'),
      )
      .select(sql<RecordJson>`to_json(${sql.table('r')})`.as('record'))
      .as('record'),
  ]),
);

/** The record's instants as Dates, as the driver gives them when the record is read on its own. */
function recordRow(json: RecordJson): ParticipantRecordRow {
  return Object.assign(json, {
    created_at: new Date(json.created_at),
    updated_at: new Date(json.updated_at),
    restricted_at: json.restricted_at === null ? null : new Date(json.restricted_at),
    erased_at: json.erased_at === null ? null : new Date(json.erased_at),
  });
}

const prefetched = (id: string, json: RecordJson | null | undefined): PrefetchedRecord => ({
  id,
  row: json ? recordRow(json) : null,
});

/**
 * The signed-in user of a live session and, for that user, the record of participant `participantId`
 * (a UUID), which the read then decides and audits as if it had loaded it itself: one statement
 * either way. A session `cache` keeps is used while the epoch read with the record is the one it was
 * kept at; otherwise the session is read again with the record, and kept. Null without a live session.
 */
export async function findSessionWithRecord(
  db: Db,
  token: string,
  participantId: string,
  now = new Date(),
  cache?: SessionCache<SessionRow>,
): Promise<{ user: SessionUser; record: PrefetchedRecord } | null> {
  const idHash = hashToken(token);
  const kept = cache?.get(idHash);
  // A kept session that looks idle or expired is read again: another process may have seen it since.
  const keptUser = kept && (await liveSessionUser(db, idHash, kept.row, now));
  if (kept && keptUser) {
    const row = await recordAtEpoch(db, participantId, keptUser.actor.userId);
    if (row?.epoch === kept.epoch) return { user: keptUser, record: prefetched(participantId, row.record) };
  }
  if (kept) cache?.forget(idHash);
  const row = await sessionWithRecordRow(db, idHash, participantId);
  if (!row) return null;
  const { record, ...session } = row;
  cache?.keep(idHash, session, session.session_epoch);
  const user = await liveSessionUser(db, idHash, session, now);
  return user && { user, record: prefetched(participantId, record) };
}
