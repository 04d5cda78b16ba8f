import { apiFetch } from './apiFetch.ts';
import type { MeetingItem, NewMeetingItemBody } from './types.ts';
import { meetingPath } from './useMeeting.ts';
import { useMutation } from './useMutation.ts';

export function useAddMeetingItem(meetingId: string) {
  return useMutation((body: NewMeetingItemBody) =>
    apiFetch<MeetingItem>(`${meetingPath(meetingId)}/items`, { method: 'POST', body }),
  );
}
