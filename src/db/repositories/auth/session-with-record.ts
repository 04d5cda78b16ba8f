import { sql } from 'kysely';
import {
  type ParticipantRecordRow,
  type PrefetchedRecord,
  participantRecordQuery,
} from '../../access/participant-facts.ts';
import { compiledOnce } from '../../compiled-once.ts';
import type { Db } from '../../database.ts';
import { hashToken, liveSessionUser, type SessionUser, sessionQuery } from './sessions.ts';

/**
 * The session and the participant record its read asks for, in one statement: the record is loaded
 * for the session's user (her open break-the-glass access), not decided and not audited here. The
 * user is named by `s.user_id`: inside the record's query `u` is the participant's job specialist.
 */
const sessionWithRecordRow = compiledOnce((db, idHash: string, participantId: string) =>
  sessionQuery(db)
    .leftJoinLateral(
      participantRecordQuery(db, sql.ref<string>('s.user_id')).where('p.id', '=', participantId).as('r'),
      (join) => join.onTrue(),
    )
    .selectAll('r')
    .where('s.id_hash', '=', idHash),
);

/**
 * The signed-in user of a live session and, for that user, the record of participant `participantId`
 * (a UUID), which the read then decides and audits as if it had loaded it itself. Null without a
 * live session.
 */
export async function findSessionWithRecord(
  db: Db,
  token: string,
  participantId: string,
  now = new Date(),
): Promise<{ user: SessionUser; record: PrefetchedRecord } | null> {
  const idHash = hashToken(token);
  const row = await sessionWithRecordRow(db, idHash, participantId);
  const user = await liveSessionUser(db, idHash, row, now);
  if (!user || !row) return null;
  // The row is the record's columns and the session's (all named `session_…`, read by no one after
  // this): handed on as it is, since copying the record's columns out costs more than they do.
  const record = row.id === null ? null : (row as unknown as ParticipantRecordRow);
  return { user, record: { id: participantId, row: record } };
}
