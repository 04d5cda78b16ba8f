import type { BreakGlassAccess, ItemList } from './types.ts';
import { useApiQuery } from './use-api-query.ts';

/** The programme's break-the-glass accesses: those waiting for review, or all. */
export function useBreakGlassList(status: 'unreviewed' | 'all') {
  return useApiQuery<ItemList<BreakGlassAccess>>(`/api/break-glass?status=${status}`);
}
