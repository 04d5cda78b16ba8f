import type { Candidate, ItemList } from './types.ts';
import { useApiQuery } from './use-api-query.ts';

/** The programme's candidates not yet converted, newest first. */
export function useCandidates() {
  return useApiQuery<ItemList<Candidate>>('/api/candidates');
}
