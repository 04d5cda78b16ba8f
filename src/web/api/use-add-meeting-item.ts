import { api, call } from './client.ts';
import type { NewMeetingItemBody } from './types.ts';
import { useMutation } from './use-mutation.ts';

export function useAddMeetingItem(meetingId: string) {
  return useMutation((body: NewMeetingItemBody) =>
    call(api.POST('/api/meetings/{id}/items', { params: { path: { id: meetingId } }, body })),
  );
}
