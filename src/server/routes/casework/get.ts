import { problems } from '../common-schemas.ts';
import type { Api } from '../deps.ts';
import { caseworkRoute } from '../route-schema.ts';
import { CaseworkDto, CaseworkParams } from './schemas.ts';

export function registerGetCasework(app: Api) {
  app.get(
    '/api/participants/:id/casework',
    caseworkRoute(
      'The participant’s casework; sections of categories the caller may not see are empty and named',
      { params: CaseworkParams, response: { 200: CaseworkDto, ...problems(401, 403, 404) } },
    ),
    async (request) => request.repos.casework.get(request.params.id),
  );
}
