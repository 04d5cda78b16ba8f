/**
 * When a password may be checked. A source (client address) that keeps failing for one username
 * waits longer after each failure; other sources are not held back by it, so nobody can lock the
 * owner out from elsewhere. Two ceilings slow what a per-source limit cannot see: one source trying
 * many usernames, and many sources trying one username.
 */

/** Failures a source may make for one username before it has to wait. */
export const FREE_FAILURES_PER_SOURCE = 5;
/** The first wait after those; every further failure doubles it, up to the cap. */
export const FIRST_DELAY_MS = 60 * 1000;
export const MAX_DELAY_MS = 60 * 60 * 1000;
/** How long a source's failures for a username count, unless it signs in successfully after them. */
export const SOURCE_MEMORY_MS = 24 * 60 * 60 * 1000;

/** The window of both ceilings. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Password spraying: failures from one source across all usernames. */
export const MAX_FAILURES_PER_SOURCE = 30;
/**
 * A distributed attack on one account: failures from all sources together. One source can make at
 * most 8 failures in a window (5, then one each after 1, 2 and 4 minutes), so only 13 or more sources
 * acting together reach it, and then it holds them all to 100 guesses a quarter hour. A person who
 * mistypes never comes near it, and a source the owner used before is not stopped by it.
 */
export const MAX_FAILURES_PER_USERNAME = 100;
/** A source the user signed in from within this time is known: the username ceiling does not stop it. */
export const KNOWN_SOURCE_MS = 30 * 24 * 60 * 60 * 1000;

/** What the database knows about recent attempts, including those whose check is still running. */
export interface SignInHistory {
  /** Failures for this username from this source within SOURCE_MEMORY_MS and since its last success. */
  sourceFailures: number;
  sourceLastFailure: Date | null;
  /** Failures from this source for any username within the window. */
  sourceFailuresAllUsernames: number;
  /** Failures for this username from any source within the window. */
  usernameFailures: number;
  knownSource: boolean;
}

export type ThrottleLimit = 'source' | 'source_ceiling' | 'username_ceiling';

export type ThrottleDecision =
  | { allowed: true }
  | { allowed: false; limit: ThrottleLimit; retryAfterMs: number };

/** How long a source must wait after its last failure, given how many it has made. */
export function sourceDelayMs(failures: number): number {
  if (failures < FREE_FAILURES_PER_SOURCE) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - FREE_FAILURES_PER_SOURCE), MAX_DELAY_MS);
}

export function decideSignInAttempt(history: SignInHistory, now: Date): ThrottleDecision {
  const last = history.sourceLastFailure?.getTime() ?? Number.NEGATIVE_INFINITY;
  const wait = last + sourceDelayMs(history.sourceFailures) - now.getTime();
  if (wait > 0) return { allowed: false, limit: 'source', retryAfterMs: wait };
  // The ceilings count a moving window; the whole window is a wait that is surely enough.
  if (history.sourceFailuresAllUsernames >= MAX_FAILURES_PER_SOURCE) {
    return { allowed: false, limit: 'source_ceiling', retryAfterMs: LOGIN_WINDOW_MS };
  }
  if (!history.knownSource && history.usernameFailures >= MAX_FAILURES_PER_USERNAME) {
    return { allowed: false, limit: 'username_ceiling', retryAfterMs: LOGIN_WINDOW_MS };
  }
  return { allowed: true };
}
