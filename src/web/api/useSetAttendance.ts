import { apiFetch } from './apiFetch.ts';
import type { Attendee } from './types.ts';
import { meetingPath } from './useMeeting.ts';
import { useMutation } from './useMutation.ts';

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
