import { z } from 'zod';
import type { PlannedMeeting, Reminders } from '../../../db/repositories/reminders/reminders.ts';
import { problems } from '../common-schemas.ts';
import type { Api } from '../deps.ts';
import { ParticipantParams } from '../participant-schemas.ts';
import { reportsRoute } from '../route-schema.ts';

const MeetingDto = z.object({
  id: z.string(),
  startsAt: z.string(),
  place: z.string(),
  reminder: z
    .object({ status: z.enum(['sent', 'skipped', 'failed']), reason: z.string().nullable() })
    .nullable()
    .describe('the SMS reminder: sent, or skipped with the reason (opted_out, no_phone, too_late, …)'),
});
const RemindersDto = z.object({ optedOut: z.boolean(), meetings: z.array(MeetingDto) });

const toMeetingDto = (m: PlannedMeeting) => ({ ...m, startsAt: m.startsAt.toISOString() });
const toRemindersDto = (r: Reminders) => ({ ...r, meetings: r.meetings.map(toMeetingDto) });

export function registerReminderRoutes(app: Api) {
  app.get(
    '/api/participants/:id/sms-reminders',
    reportsRoute('Meetings planned with the participant, their SMS reminders and her choice about them', {
      params: ParticipantParams,
      response: { 200: RemindersDto, ...problems(401, 403, 404) },
    }),
    async (request) => toRemindersDto(await request.repos.reminders.get(request.params.id)),
  );
  app.post(
    '/api/participants/:id/planned-meetings',
    reportsRoute(
      'Plan a meeting with the participant; an SMS reminds her the day before unless she opted out',
      {
        params: ParticipantParams,
        body: z.strictObject({
          startsAt: z.iso.datetime({ offset: true, message: 'must be a date and time (ISO 8601)' }),
          place: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
        }),
        response: { 201: MeetingDto, ...problems(400, 401, 403, 404) },
      },
    ),
    async (request, reply) => {
      const { startsAt, place } = request.body;
      const meeting = await request.repos.reminders.plan(request.params.id, {
        startsAt: new Date(startsAt),
        place,
      });
      return reply.status(201).send(toMeetingDto(meeting));
    },
  );
  app.put(
    '/api/participants/:id/sms-preference',
    reportsRoute(
      'Her choice about SMS reminders: set by her on Min side, or recorded by her job specialist',
      {
        params: ParticipantParams,
        body: z.strictObject({ optedOut: z.boolean() }),
        response: { 200: RemindersDto, ...problems(400, 401, 403, 404) },
      },
    ),
    async (request) =>
      toRemindersDto(await request.repos.reminders.setOptOut(request.params.id, request.body.optedOut)),
  );
}
