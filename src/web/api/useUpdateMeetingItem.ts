import { apiFetch } from './apiFetch.ts';
import type { MeetingItem, MeetingItemChanges } from './types.ts';
import { meetingPath } from './useMeeting.ts';
import { useMutation } from './useMutation.ts';

export function useUpdateMeetingItem(meetingId: string, itemId: string) {
  return useMutation((body: MeetingItemChanges) =>
    apiFetch<MeetingItem>(`${meetingPath(meetingId)}/items/${encodeURIComponent(itemId)}`, {
      method: 'PATCH',
      body,
    }),
  );
}
