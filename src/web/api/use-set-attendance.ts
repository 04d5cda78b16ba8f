import { api, call } from './client.ts';
import { useMutation } from './use-mutation.ts';

export interface AttendanceLine {
  userId: string;
  attended: boolean;
}

/** Replaces the meeting's attendance list: who was expected, and who came. */
export function useSetAttendance(meetingId: string) {
  return useMutation((lines: AttendanceLine[]) =>
    call(api.PUT('/api/meetings/{id}/attendance', { params: { path: { id: meetingId } }, body: lines })),
  );
}
