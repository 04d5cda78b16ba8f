import { listSchema } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { ParticipantSummaryDto, toSummaryDto } from '../participant-schemas.ts';
import { participantsRoute } from '../route-schema.ts';

export function registerListParticipants(app: Api, deps: Deps) {
  app.get(
    '/api/participants',
    participantsRoute(
      "The caller's caseload: own participants, or the whole programme for a supervisor",
      listSchema(ParticipantSummaryDto),
    ),
    async (request) => ({ items: (await request.repos.participants.list()).map(toSummaryDto) }),
  );
}
