import type { ItemList, MeetingSummary } from './types.ts';
import { useApiQuery } from './use-api-query.ts';

/** The programme's team meetings, newest first. */
export function useMeetings() {
  return useApiQuery<ItemList<MeetingSummary>>('/api/meetings');
}
