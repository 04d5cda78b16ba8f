import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { meetingsRoute } from '../route-schema.ts';
import { MinutesDto, NewMeetingBody } from './schemas.ts';

export function registerCreateMeeting(app: Api, deps: Deps) {
  app.post(
    '/api/meetings',
    meetingsRoute('Record a team meeting of the programme with its attendance; items are added afterwards', {
      body: NewMeetingBody,
      response: { 201: MinutesDto, ...problems(400, 401, 403) },
    }),
    async (request, reply) => reply.status(201).send(await request.repos.meetings.create(request.body)),
  );
}
