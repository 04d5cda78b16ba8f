import { apiFetch } from './api-fetch.ts';
import type { Attendee } from './types.ts';
import { meetingPath } from './use-meeting.ts';
import { useMutation } from './use-mutation.ts';

export interface AttendanceLine {
  userId: string;
  attended: boolean;
}

/** Replaces the meeting's attendance list: who was expected, and who came. */
export function useSetAttendance(meetingId: string) {
  return useMutation((lines: AttendanceLine[]) =>
    apiFetch<{ attendees: Attendee[] }>(`${meetingPath(meetingId)}/attendance`, {
      method: 'PUT',
      body: lines,
    }),
  );
}
