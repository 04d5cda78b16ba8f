import { sql, type Transaction } from 'kysely';
import {
  decideSignInAttempt,
  KNOWN_SOURCE_MS,
  LOGIN_WINDOW_MS,
  type SignInHistory,
  SOURCE_MEMORY_MS,
  type ThrottleLimit,
} from '../../../domain/sign-in-throttle.ts';
import type { Schema } from '../../schema.ts';

/** Advisory lock classes (two-key form, apart from the audit sealer's one-key lock). */
const USERNAME_LOCK = 7_312_101;
const SOURCE_LOCK = 7_312_102;

export type LoginClaim =
  | { allowed: true; attemptId: number }
  | { allowed: false; limit: ThrottleLimit; retryAfterMs: number };

/**
 * Decides whether a password may be checked and, if so, records the attempt as failed before it is
 * checked, all under locks on the username and the source: a concurrent attempt waits for the lock
 * and then counts this one, so no more passwords are ever checked than the rule allows. A correct
 * password turns the attempt into a success afterwards (markLoginSucceeded). Counted in the database,
 * not in process memory, so the limits hold across several server processes.
 */
export async function claimLoginAttempt(
  tx: Transaction<Schema>,
  username: string,
  ip: string,
  now: Date,
): Promise<LoginClaim> {
  // Always username first, then source: two attempts can never wait for each other in a cycle.
  await sql`select pg_advisory_xact_lock(${USERNAME_LOCK}, hashtext(${username}))`.execute(tx);
  await sql`select pg_advisory_xact_lock(${SOURCE_LOCK}, hashtext(${ip}))`.execute(tx);
  const decision = decideSignInAttempt(await signInHistory(tx, username, ip, now), now);
  if (!decision.allowed) return decision;
  const row = await tx
    .insertInto('login_attempt')
    .values({ username, ip, succeeded: false, attempted_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { allowed: true, attemptId: row.id };
}

export async function markLoginSucceeded(tx: Transaction<Schema>, attemptId: number) {
  await tx.updateTable('login_attempt').set({ succeeded: true }).where('id', '=', attemptId).execute();
}

async function signInHistory(
  tx: Transaction<Schema>,
  username: string,
  ip: string,
  now: Date,
): Promise<SignInHistory> {
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const success = await tx
    .selectFrom('login_attempt')
    .select((eb) => eb.fn.max('attempted_at').as('at'))
    .where('username', '=', username)
    .where('ip', '=', ip)
    .where('succeeded', '=', true)
    .where('attempted_at', '>', ago(KNOWN_SOURCE_MS))
    .executeTakeFirst();
  const lastSuccess = success?.at ?? null;
  const memory = ago(SOURCE_MEMORY_MS);
  const sourceSince = lastSuccess && lastSuccess > memory ? lastSuccess : memory;
  const source = await tx
    .selectFrom('login_attempt')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('attempted_at').as('last')])
    .where('username', '=', username)
    .where('ip', '=', ip)
    .where('succeeded', '=', false)
    .where('attempted_at', '>', sourceSince)
    .executeTakeFirstOrThrow();
  const ceilings = await tx
    .selectFrom('login_attempt')
    .select((eb) => [
      eb.fn.countAll<number>().filterWhere('username', '=', username).as('by_username'),
      eb.fn.countAll<number>().filterWhere('ip', '=', ip).as('by_source'),
    ])
    .where('succeeded', '=', false)
    .where('attempted_at', '>', ago(LOGIN_WINDOW_MS))
    .where((eb) => eb.or([eb('username', '=', username), eb('ip', '=', ip)]))
    .executeTakeFirstOrThrow();
  return {
    sourceFailures: Number(source.n),
    sourceLastFailure: source.last ?? null,
    sourceFailuresAllUsernames: Number(ceilings.by_source),
    usernameFailures: Number(ceilings.by_username),
    knownSource: lastSuccess !== null,
  };
}
