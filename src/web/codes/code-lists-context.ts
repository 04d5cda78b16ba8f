import { createContext } from 'react';
import type { CaseworkListName, CodeEntry } from '../../domain/code-list-overrides.ts';

/** The casework code lists as the server has them (an administrator may have relabelled or added codes). */
export type CodeLists = Partial<Record<CaseworkListName, { extensible: boolean; entries: CodeEntry[] }>>;

export interface CodeListsValue {
  lists: CodeLists;
  /** Fetch again, after an administrator's change. */
  reload: () => void;
}

export const CodeListsContext = createContext<CodeListsValue>({ lists: {}, reload: () => {} });
