import type { ItemList, MeetingSummary } from './types.ts';
import { useApiQuery } from './useApiQuery.ts';

/** The programme's team meetings, newest first. */
export function useMeetings() {
  return useApiQuery<ItemList<MeetingSummary>>('/api/meetings');
}
