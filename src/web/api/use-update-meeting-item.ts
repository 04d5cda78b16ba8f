import { apiFetch } from './api-fetch.ts';
import type { MeetingItem, MeetingItemChanges } from './types.ts';
import { meetingPath } from './use-meeting.ts';
import { useMutation } from './use-mutation.ts';

export function useUpdateMeetingItem(meetingId: string, itemId: string) {
  return useMutation((body: MeetingItemChanges) =>
    apiFetch<MeetingItem>(`${meetingPath(meetingId)}/items/${encodeURIComponent(itemId)}`, {
      method: 'PATCH',
      body,
    }),
  );
}
