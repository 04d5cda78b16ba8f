import { z } from 'zod';
import { AccessLogEntryDto, toAccessLogEntryDto } from '../access-log-schemas.ts';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { ParticipantParams } from '../participant-schemas.ts';
import { participantsRoute } from '../route-schema.ts';

const AccessLogQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional().describe('nextCursor of the previous page'),
});

export function registerAccessLog(app: Api, deps: Deps) {
  app.get(
    '/api/participants/:id/access-log',
    participantsRoute(
      'Who accessed this record, from which organisation, when and why: newest first, from the audit log',
      {
        params: ParticipantParams,
        querystring: AccessLogQuery,
        response: {
          200: z.object({ items: z.array(AccessLogEntryDto), nextCursor: z.string().nullable() }),
          ...problems(400, 401, 403, 404),
        },
      },
    ),
    async (request) => {
      const repo = request.repos.accessLog;
      const page = await repo.page(request.params.id, request.query.limit, request.query.cursor);
      return { ...page, items: page.items.map(toAccessLogEntryDto) };
    },
  );
}
