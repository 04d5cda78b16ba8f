import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { ParticipantParams } from '../participant-schemas.ts';
import { rightsRoute } from '../route-schema.ts';
import { RestrictionBody, RestrictionDto } from './schemas.ts';

export function registerRestriction(app: Api, deps: Deps) {
  app.post(
    '/api/participants/:id/restriction',
    rightsRoute(
      'Restrict processing of a participant’s data, or lift the restriction (GDPR art. 18; the supervisor)',
      {
        params: ParticipantParams,
        body: RestrictionBody,
        response: { 200: RestrictionDto, ...problems(400, 401, 403, 404) },
      },
    ),
    async (request) => {
      const { restricted, reason } = request.body;
      const state = await request.repos.rights.restrict(request.params.id, restricted, reason);
      return { ...state, restrictedAt: state.restrictedAt?.toISOString() ?? null };
    },
  );
}
