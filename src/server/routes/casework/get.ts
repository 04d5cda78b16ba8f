import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { CaseworkDto, CaseworkParams } from './schemas.ts';

export function registerGetCasework(app: Api, deps: Deps) {
  app.get(
    '/api/participants/:id/casework',
    {
      schema: {
        tags: ['casework'],
        summary:
          'The participant’s casework; sections of categories the caller may not see are empty and named',
        params: CaseworkParams,
        response: { 200: CaseworkDto, ...problems(401, 403, 404) },
      },
    },
    async (request) => request.repos.casework.get(request.params.id),
  );
}
