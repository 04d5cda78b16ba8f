import { apiFetch } from './apiFetch.ts';
import type { Minutes, NewMeetingBody } from './types.ts';
import { useMutation } from './useMutation.ts';

export function useCreateMeeting() {
  return useMutation((body: NewMeetingBody) => apiFetch<Minutes>('/api/meetings', { method: 'POST', body }));
}
