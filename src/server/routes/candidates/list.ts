import { listSchema } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { candidatesRoute } from '../route-schema.ts';
import { CandidateDto, toCandidateDto } from './schemas.ts';

export function registerListCandidates(app: Api, deps: Deps) {
  app.get(
    '/api/candidates',
    candidatesRoute(
      "The caller's programme's candidates not yet converted, newest first",
      listSchema(CandidateDto),
    ),
    async (request) => ({ items: (await request.repos.candidates.list()).map(toCandidateDto) }),
  );
}
