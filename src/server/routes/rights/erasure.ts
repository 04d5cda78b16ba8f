import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { ParticipantParams } from '../participant-schemas.ts';
import { rightsRoute } from '../route-schema.ts';
import { ErasureBody, ErasureDto } from './schemas.ts';

export function registerErasure(app: Api, deps: Deps) {
  app.post(
    '/api/participants/:id/erasure',
    rightsRoute(
      'Erase a participant (GDPR art. 17; the supervisor): identity, notes, scanned forms and meeting minutes go; a tombstone and the audit log stay',
      {
        params: ParticipantParams,
        body: ErasureBody,
        response: { 200: ErasureDto, ...problems(400, 401, 403, 404, 409) },
      },
    ),
    async (request) => {
      const { reason, confirmHandle } = request.body;
      const erased = await request.repos.rights.erase(request.params.id, reason, confirmHandle);
      return { ...erased, erasedAt: erased.erasedAt.toISOString() };
    },
  );
}
