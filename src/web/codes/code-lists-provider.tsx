import type { ReactNode } from 'react';
import { useCodeLists } from '../api/use-code-lists.ts';
import { CodeListsContext } from './code-lists-context.ts';

/** Loads the code lists once per sign-in; until they arrive the built-in labels are shown. */
export function CodeListsProvider({ children }: { children: ReactNode }) {
  const { data, reload } = useCodeLists();
  return (
    <CodeListsContext.Provider value={{ lists: data?.lists ?? {}, reload }}>
      {children}
    </CodeListsContext.Provider>
  );
}
