import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from './api-error.ts';
import { onUnauthenticated } from './auth-events.ts';
import { api, call } from './client.ts';
import { setCsrfToken } from './csrf.ts';
import { toApiError } from './to-api-error.ts';
import type { Session } from './types.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | { status: 'signedIn'; session: Session }
  | { status: 'error'; error: ApiError };

export interface SessionControl {
  state: SessionState;
  /** Adopts a session returned by sign-in. */
  signedIn: (session: Session) => void;
  /** Forgets the session locally (after sign-out, or when the server says it has expired). */
  signedOut: () => void;
  reload: () => void;
}

/** Loads GET /api/session once; a 401 there simply means "not signed in". */
export function useSession(): SessionControl {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  const signedIn = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    setState({ status: 'signedIn', session });
  }, []);
  const signedOut = useCallback(() => {
    setCsrfToken(null);
    setState({ status: 'signedOut' });
  }, []);

  // Runs again whenever reload() bumps `generation`.
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    call(api.GET('/api/session', { signal: controller.signal }), { skipAuthEvent: true }).then(
      signedIn,
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = toApiError(error);
        if (apiError.status === 401) signedOut();
        else setState({ status: 'error', error: apiError });
      },
    );
    return () => controller.abort();
  }, [generation, signedIn, signedOut]);

  useEffect(() => onUnauthenticated(signedOut), [signedOut]);

  return { state, signedIn, signedOut, reload: () => setGeneration((g) => g + 1) };
}
