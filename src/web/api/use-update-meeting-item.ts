import { api, call } from './client.ts';
import type { MeetingItemChanges } from './types.ts';
import { useMutation } from './use-mutation.ts';

export function useUpdateMeetingItem(meetingId: string, itemId: string) {
  return useMutation((body: MeetingItemChanges) =>
    call(
      api.PATCH('/api/meetings/{id}/items/{itemId}', { params: { path: { id: meetingId, itemId } }, body }),
    ),
  );
}
