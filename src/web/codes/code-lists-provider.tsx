import type { ReactNode } from 'react';
import type { CodeListsView } from '../api/ips-unit-types.ts';
import { useApiQuery } from '../api/use-api-query.ts';
import { CodeListsContext } from './code-lists-context.ts';

/** Loads the code lists once per sign-in; until they arrive the built-in labels are shown. */
export function CodeListsProvider({ children }: { children: ReactNode }) {
  const { data, reload } = useApiQuery<CodeListsView>('/api/code-lists');
  return (
    <CodeListsContext.Provider value={{ lists: data?.lists ?? {}, reload }}>
      {children}
    </CodeListsContext.Provider>
  );
}
