import { sql } from 'kysely';
import type { PrefetchedRecord } from '../../access/participant-record.ts';
import { recordJson, recordRowOfJson } from '../../access/participant-record.ts';
import { compiledOnce } from '../../compiled-once.ts';
import type { Db } from '../../database.ts';
import { hashToken, liveSessionUser, type SessionUser, sessionQuery } from './sessions.ts';

/**
 * The session and the participant record its read asks for, in one statement: the record is loaded
 * for the session's user (her open break-the-glass access), not decided and not audited here.
 */
const sessionWithRecordRow = compiledOnce((db, idHash: string, participantId: string) =>
  sessionQuery(db)
    .select(recordJson(db, participantId, sql.ref<string>('s.user_id')).as('record'))
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
  const record = row.record === null ? null : recordRowOfJson(row.record);
  return { user, record: { id: participantId, row: record } };
}
