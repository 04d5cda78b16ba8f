import { listSchema } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { meetingsRoute } from '../route-schema.ts';
import { MeetingSummaryDto } from './schemas.ts';

export function registerListMeetings(app: Api, deps: Deps) {
  app.get(
    '/api/meetings',
    meetingsRoute(
      "The programme's team meetings, newest first, with attendance counts",
      listSchema(MeetingSummaryDto),
    ),
    async (request) => ({ items: await request.repos.meetings.list() }),
  );
}
