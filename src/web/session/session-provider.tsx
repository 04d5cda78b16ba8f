import type { ReactNode } from 'react';
import { useSession } from '../api/use-session.ts';
import { SessionContext } from './session-context.ts';

export function SessionProvider({ children }: { children: ReactNode }) {
  const control = useSession();
  return <SessionContext.Provider value={control}>{children}</SessionContext.Provider>;
}
