import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { meetingsRoute } from '../route-schema.ts';
import { MeetingParams, MinutesDto } from './schemas.ts';

export function registerGetMeeting(app: Api, deps: Deps) {
  app.get(
    '/api/meetings/:id',
    meetingsRoute(
      'The minutes as the caller may see them: a participant item without consent for team_discussion shows only the handle and why',
      {
        params: MeetingParams,
        response: { 200: MinutesDto, ...problems(400, 401, 403, 404) },
      },
    ),
    async (request) => request.repos.meetings.minutes(request.params.id),
  );
}
