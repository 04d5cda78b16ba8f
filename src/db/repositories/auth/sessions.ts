import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor } from '../../../domain/actor.ts';
import type { Role } from '../../../domain/code-lists.ts';
import { compiledOnce } from '../../compiled-once.ts';
import type { Db } from '../../database.ts';

export const SESSION_ABSOLUTE_MS = 8 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 60 * 60 * 1000;
const TOUCH_AFTER_MS = 60 * 1000;

export interface SessionUser {
  actor: Extract<Actor, { kind: 'user' }>;
  username: string;
  organisationName: string;
  programmeName: string | null;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Starts a session; only the token's hash is stored, so a leaked table opens no session. */
export async function createSession(db: Db, userId: string, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('user_session')
    .values({
      id_hash: hashToken(token),
      user_id: userId,
      expires_at: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
    })
    .execute();
  return token;
}

const sessionRow = compiledOnce((db, idHash) =>
  db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .innerJoin('organisation as o', 'o.id', 'u.organisation_id')
    .leftJoin('programme as g', 'g.id', 'u.programme_id')
    .select([
      's.last_seen_at',
      's.expires_at',
      'u.id',
      'u.username',
      'u.display_name',
      'u.role',
      'u.organisation_id',
      'u.programme_id',
      'u.active',
      'o.name as organisation_name',
      'g.name as programme_name',
      'u.participant_id',
      sql<
        string[]
      >`coalesce((select json_agg(tm.team_id) from team_member tm where tm.user_id = u.id), '[]')`.as(
        'team_ids',
      ),
    ])
    .where('s.id_hash', '=', idHash),
);

/** The signed-in user of a live session, or null when it is unknown, expired or idle too long. */
export async function findSessionUser(db: Db, token: string, now = new Date()): Promise<SessionUser | null> {
  const idHash = hashToken(token);
  const row = await sessionRow(db, idHash);
  if (!row?.active) return null;
  const t = now.getTime();
  if (row.expires_at.getTime() <= t || row.last_seen_at.getTime() + SESSION_IDLE_MS <= t) return null;
  if (row.last_seen_at.getTime() + TOUCH_AFTER_MS <= t) {
    await db.updateTable('user_session').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
  }
  return {
    actor: {
      kind: 'user',
      userId: row.id,
      name: row.display_name,
      role: row.role as Role,
      organisationId: row.organisation_id,
      programmeId: row.programme_id,
      teamIds: row.team_ids,
      participantId: row.participant_id,
    },
    username: row.username,
    organisationName: row.organisation_name,
    programmeName: row.programme_name,
  };
}

export async function deleteSession(db: Db, token: string) {
  await db.deleteFrom('user_session').where('id_hash', '=', hashToken(token)).execute();
}
