import { compiledSerializer } from '../../compiled-serializer.ts';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { ParticipantParams, ParticipantRecordDto, toRecordDto } from '../participant-schemas.ts';
import { participantsRoute } from '../route-schema.ts';

export function registerGetParticipant(app: Api, deps: Deps) {
  app.get(
    '/api/participants/:id',
    {
      ...participantsRoute(
        'One participant’s record as the caller may see it: categories without consent are withheld and named (audited either way)',
        {
          params: ParticipantParams,
          response: { 200: ParticipantRecordDto, ...problems(400, 401, 403, 404) },
        },
      ),
      config: { readsParticipantRecord: true },
      // The most frequent read: its answer is written by a compiled serializer, not checked by zod.
      serializerCompiler: compiledSerializer,
    },
    async (request) => toRecordDto(await request.repos.participants.get(request.params.id)),
  );
}
