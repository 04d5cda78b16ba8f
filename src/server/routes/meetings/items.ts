import { AppError } from '../../../domain/app-error.ts';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { meetingsRoute } from '../route-schema.ts';
import { ItemChangesBody, ItemParams, MeetingItemDto, MeetingParams, NewItemBody } from './schemas.ts';

export function registerAddMeetingItem(app: Api, deps: Deps) {
  app.post(
    '/api/meetings/:id/items',
    meetingsRoute(
      'Add an item about a candidate (text must not identify them) or a participant (needs update on team_discussion)',
      {
        params: MeetingParams,
        body: NewItemBody,
        response: { 201: MeetingItemDto, ...problems(400, 401, 403, 404, 409) },
      },
    ),
    async (request, reply) => {
      const { candidateId, participantId, decision, followUp } = request.body;
      if ((candidateId === undefined) === (participantId === undefined)) {
        throw AppError.validation([
          { path: 'candidateId', message: 'candidateId or participantId must be given, not both' },
        ]);
      }
      const about = candidateId ? { candidateId } : { participantId: participantId as string };
      const item = await request.repos.meetingItems.add(request.params.id, about, { decision, followUp });
      return reply.status(201).send(item);
    },
  );
}

export function registerUpdateMeetingItem(app: Api, deps: Deps) {
  app.patch(
    '/api/meetings/:id/items/:itemId',
    meetingsRoute('Change an item’s decision or follow-up, under the same rules as adding it', {
      params: ItemParams,
      body: ItemChangesBody,
      response: { 200: MeetingItemDto, ...problems(400, 401, 403, 404) },
    }),
    async (request) => {
      const { id, itemId } = request.params;
      return request.repos.meetingItems.update(id, itemId, request.body);
    },
  );
}
