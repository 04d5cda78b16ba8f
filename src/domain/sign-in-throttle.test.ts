import { describe, expect, it } from 'vitest';
import {
  decideSignInAttempt,
  FREE_FAILURES_PER_SOURCE,
  LOGIN_WINDOW_MS,
  MAX_DELAY_MS,
  MAX_FAILURES_PER_SOURCE,
  MAX_FAILURES_PER_USERNAME,
  type SignInHistory,
  sourceDelayMs,
} from './sign-in-throttle.ts';

const now = new Date();
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);
const history = (h: Partial<SignInHistory>): SignInHistory => ({
  sourceFailures: 0,
  sourceLastFailure: null,
  sourceFailuresAllUsernames: 0,
  usernameFailures: 0,
  knownSource: false,
  ...h,
});

describe('sign-in throttling', () => {
  it('lets a source fail five times freely, then doubles its wait with every failure up to an hour', () => {
    expect([0, 4].map(sourceDelayMs)).toEqual([0, 0]);
    expect([5, 6, 7, 8].map((n) => sourceDelayMs(n) / 60_000)).toEqual([1, 2, 4, 8]);
    expect(sourceDelayMs(11)).toBe(MAX_DELAY_MS);
    expect(sourceDelayMs(500)).toBe(MAX_DELAY_MS);
  });

  it('refuses a source until its wait since its last failure is over, and says how long is left', () => {
    const failed = { sourceFailures: FREE_FAILURES_PER_SOURCE + 1 };
    expect(decideSignInAttempt(history({ ...failed, sourceLastFailure: secondsAgo(30) }), now)).toEqual({
      allowed: false,
      limit: 'source',
      retryAfterMs: 90_000,
    });
    expect(decideSignInAttempt(history({ ...failed, sourceLastFailure: secondsAgo(120) }), now)).toEqual({
      allowed: true,
    });
  });

  it('refuses a source spraying many usernames, whoever it signs in as', () => {
    const spraying = history({ sourceFailuresAllUsernames: MAX_FAILURES_PER_SOURCE, knownSource: true });
    expect(decideSignInAttempt(spraying, now)).toEqual({
      allowed: false,
      limit: 'source_ceiling',
      retryAfterMs: LOGIN_WINDOW_MS,
    });
  });

  it("stops new sources at the username's ceiling but lets a known source through", () => {
    const attacked = { usernameFailures: MAX_FAILURES_PER_USERNAME };
    expect(decideSignInAttempt(history(attacked), now)).toMatchObject({ limit: 'username_ceiling' });
    expect(decideSignInAttempt(history({ ...attacked, knownSource: true }), now)).toEqual({ allowed: true });
    expect(decideSignInAttempt(history({ usernameFailures: MAX_FAILURES_PER_USERNAME - 1 }), now)).toEqual({
      allowed: true,
    });
  });
});
