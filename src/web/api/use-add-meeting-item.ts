import { apiFetch } from './api-fetch.ts';
import type { MeetingItem, NewMeetingItemBody } from './types.ts';
import { meetingPath } from './use-meeting.ts';
import { useMutation } from './use-mutation.ts';

export function useAddMeetingItem(meetingId: string) {
  return useMutation((body: NewMeetingItemBody) =>
    apiFetch<MeetingItem>(`${meetingPath(meetingId)}/items`, { method: 'POST', body }),
  );
}
