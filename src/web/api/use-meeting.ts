import type { Minutes } from './types.ts';
import { useApiQuery } from './use-api-query.ts';

export function meetingPath(id: string): string {
  return `/api/meetings/${encodeURIComponent(id)}`;
}

/** A meeting's minutes as the caller may see them. */
export function useMeeting(id: string) {
  return useApiQuery<Minutes>(meetingPath(id));
}
