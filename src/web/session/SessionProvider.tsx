import type { ReactNode } from 'react';
import { useSession } from '../api/useSession.ts';
import { SessionContext } from './SessionContext.ts';

export function SessionProvider({ children }: { children: ReactNode }) {
  const control = useSession();
  return <SessionContext.Provider value={control}>{children}</SessionContext.Provider>;
}
