import { api, call } from './client.ts';
import type { NewMeetingBody } from './types.ts';
import { useMutation } from './use-mutation.ts';

export function useCreateMeeting() {
  return useMutation((body: NewMeetingBody) => call(api.POST('/api/meetings', { body })));
}
