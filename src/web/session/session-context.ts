import { createContext, useContext } from 'react';
import type { Session, User } from '../api/types.ts';
import type { SessionControl } from '../api/use-session.ts';

export const SessionContext = createContext<SessionControl | null>(null);

export function useSessionControl(): SessionControl {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSessionControl must be used inside <SessionProvider>');
  return value;
}

/** The signed-in session, or null while loading or signed out. */
export function useOptionalSession(): Session | null {
  const { state } = useSessionControl();
  return state.status === 'signedIn' ? state.session : null;
}

/** The signed-in user; only for pages that are rendered behind sign-in. */
export function useCurrentUser(): User {
  const session = useOptionalSession();
  if (!session) throw new Error('useCurrentUser used while not signed in');
  return session.user;
}
