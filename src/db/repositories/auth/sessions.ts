import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor } from '../../../domain/actor.ts';
import type { Role } from '../../../domain/code-lists.ts';
import { compiledOnce } from '../../compiled-once.ts';
import type { Db } from '../../database.ts';
import type { SessionCache } from './session-cache.ts';

export const SESSION_ABSOLUTE_MS = 8 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 60 * 60 * 1000;
const TOUCH_AFTER_MS = 60 * 1000;

export interface SessionUser {
  actor: Extract<Actor, { kind: 'user' }>;
  username: string;
  organisationName: string;
  /** The resource-centre region of the user's organisation: which region's outcomes it reads. */
  regionId: string | null;
  programmeName: string | null;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Starts a session; only the token's hash is stored, so a leaked table opens no session. `origin`
 * names the OpenID provider that signed the user in and its ID token, for signing out there too.
 */
export async function createSession(
  db: Db,
  userId: string,
  origin?: { provider: string; idToken: string },
  now = new Date(),
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('user_session')
    .values({
      id_hash: hashToken(token),
      user_id: userId,
      expires_at: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
      provider: origin?.provider ?? null,
      id_token: origin?.idToken ?? null,
    })
    .execute();
  return token;
}

/**
 * A session with its user, organisation, programme and teams. Every column is named `session_…`,
 * so a statement can select another table's row beside it (the record a read asks for).
 */
export function sessionQuery(db: Db) {
  return db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .innerJoin('organisation as o', 'o.id', 'u.organisation_id')
    .leftJoin('programme as g', 'g.id', 'u.programme_id')
    .select([
      's.last_seen_at as session_last_seen_at',
      's.expires_at as session_expires_at',
      'u.id as session_user_id',
      'u.username as session_username',
      'u.display_name as session_display_name',
      'u.role as session_role',
      'u.organisation_id as session_organisation_id',
      'u.programme_id as session_programme_id',
      'u.active as session_active',
      'o.name as session_organisation_name',
      'o.region_id as session_region_id',
      'g.name as session_programme_name',
      'u.participant_id as session_participant_id',
      sql<number>`(select n from session_epoch)`.as('session_epoch'),
      sql<
        string[]
      >`coalesce((select json_agg(tm.team_id) from team_member tm where tm.user_id = u.id), '[]')`.as(
        'session_team_ids',
      ),
    ]);
}

export type SessionRow = Awaited<ReturnType<ReturnType<typeof sessionQuery>['executeTakeFirstOrThrow']>>;

const sessionRow = compiledOnce((db, idHash) => sessionQuery(db).where('s.id_hash', '=', idHash));

/**
 * The signed-in user of a live session, or null when it is unknown, expired or idle too long. The
 * session read is kept in `cache`, for a record read to use.
 */
export async function findSessionUser(
  db: Db,
  token: string,
  now = new Date(),
  cache?: SessionCache<SessionRow>,
): Promise<SessionUser | null> {
  const idHash = hashToken(token);
  const row = await sessionRow(db, idHash);
  if (row) cache?.keep(idHash, row, row.session_epoch);
  return liveSessionUser(db, idHash, row, now);
}

/**
 * The user of a session row if the session is live, else null. A session idle a while is touched,
 * and so is the row (it may be the one a cache keeps).
 */
export async function liveSessionUser(
  db: Db,
  idHash: string,
  row: SessionRow | undefined,
  now: Date,
): Promise<SessionUser | null> {
  if (!row?.session_active) return null;
  const t = now.getTime();
  const lastSeen = row.session_last_seen_at.getTime();
  if (row.session_expires_at.getTime() <= t || lastSeen + SESSION_IDLE_MS <= t) return null;
  if (lastSeen + TOUCH_AFTER_MS <= t) {
    await db.updateTable('user_session').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
    row.session_last_seen_at = now;
  }
  return {
    actor: {
      kind: 'user',
      userId: row.session_user_id,
      name: row.session_display_name,
      role: row.session_role as Role,
      organisationId: row.session_organisation_id,
      programmeId: row.session_programme_id,
      teamIds: row.session_team_ids,
      participantId: row.session_participant_id,
    },
    username: row.session_username,
    organisationName: row.session_organisation_name,
    regionId: row.session_region_id,
    programmeName: row.session_programme_name,
  };
}

/** Ends a session; what it kept of the provider that signed the user in, for signing out there. */
export function deleteSession(db: Db, token: string) {
  return db
    .deleteFrom('user_session')
    .where('id_hash', '=', hashToken(token))
    .returning(['provider', 'id_token'])
    .executeTakeFirst();
}
