import { z } from 'zod';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { candidatesRoute } from '../route-schema.ts';
import { CandidateDto, toCandidateDto } from './schemas.ts';

export function registerListCandidates(app: Api, deps: Deps) {
  app.get(
    '/api/candidates',
    candidatesRoute("The caller's programme's candidates not yet converted, newest first", {
      response: { 200: z.object({ items: z.array(CandidateDto) }), ...problems(401, 403) },
    }),
    async (request) => ({ items: (await request.repos.candidates.list()).map(toCandidateDto) }),
  );
}
