import type { Db } from '../../database.ts';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_USERNAME = 5;
export const MAX_FAILURES_PER_IP = 30;

/**
 * Counted in the database, not in process memory, so the limit holds across several server
 * processes. A success does not clear earlier failures: the window simply moves on.
 */
export async function isLoginThrottled(
  db: Db,
  username: string,
  ip: string,
  now = new Date(),
): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const row = await db
    .selectFrom('login_attempt')
    .select((eb) => [
      eb.fn.countAll<number>().filterWhere('username', '=', username).as('by_user'),
      eb.fn.countAll<number>().filterWhere('ip', '=', ip).as('by_ip'),
    ])
    .where('succeeded', '=', false)
    .where('attempted_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.by_user) >= MAX_FAILURES_PER_USERNAME || Number(row.by_ip) >= MAX_FAILURES_PER_IP;
}

export async function recordLoginAttempt(db: Db, username: string, ip: string, succeeded: boolean) {
  await db.insertInto('login_attempt').values({ username, ip, succeeded }).execute();
}
