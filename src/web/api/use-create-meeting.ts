import { apiFetch } from './api-fetch.ts';
import type { Minutes, NewMeetingBody } from './types.ts';
import { useMutation } from './use-mutation.ts';

export function useCreateMeeting() {
  return useMutation((body: NewMeetingBody) => apiFetch<Minutes>('/api/meetings', { method: 'POST', body }));
}
