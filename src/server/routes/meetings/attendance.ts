import { z } from 'zod';
import { AppError } from '../../../domain/app-error.ts';
import { isRealDate } from '../../../domain/participant.ts';
import { IsoDate, problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { meetingsRoute } from '../route-schema.ts';
import { AttendanceBody, AttendeesDto, MeetingParams } from './schemas.ts';

const Period = z.strictObject({ from: IsoDate, to: IsoDate });

const AttendanceLine = z.object({
  user: z.object({ id: z.string(), displayName: z.string() }),
  meetings: z.number().int().describe('meetings in the period the job specialist was listed for'),
  attended: z.number().int(),
});

export function registerReplaceAttendance(app: Api, deps: Deps) {
  app.put(
    '/api/meetings/:id/attendance',
    meetingsRoute('Replace the meeting’s attendance list: who was expected and who came', {
      params: MeetingParams,
      body: AttendanceBody,
      response: { 200: AttendeesDto, ...problems(400, 401, 403, 404) },
    }),
    async (request) => ({
      attendees: await request.repos.meetingItems.replaceAttendance(request.params.id, request.body),
    }),
  );
}

export function registerAttendanceReport(app: Api, deps: Deps) {
  app.get(
    '/api/meetings/attendance',
    meetingsRoute(
      'Team-meeting attendance per job specialist of the programme in a period (fidelity scale, organisation item 2)',
      {
        querystring: Period,
        response: { 200: z.object({ items: z.array(AttendanceLine) }), ...problems(400, 401, 403) },
      },
    ),
    async (request) => {
      const { from, to } = request.query;
      const errors = [
        ...(isRealDate(from) ? [] : [{ path: 'from', message: 'from is not a real calendar date' }]),
        ...(isRealDate(to) ? [] : [{ path: 'to', message: 'to is not a real calendar date' }]),
      ];
      if (errors.length === 0 && to < from)
        errors.push({ path: 'to', message: 'to must not be before from' });
      if (errors.length > 0) throw AppError.validation(errors);
      return { items: await request.repos.meetings.attendance(from, to) };
    },
  );
}
