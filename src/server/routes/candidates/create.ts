import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { candidatesRoute } from '../route-schema.ts';
import { CandidateDto, NewCandidateBody, toCandidateDto } from './schemas.ts';

export function registerCreateCandidate(app: Api, deps: Deps) {
  app.post(
    '/api/candidates',
    candidatesRoute(
      'Raise an anonymous candidate before consent: age band, work wish and a note that must not identify the person (else 400 naming note; nothing is stored)',
      {
        body: NewCandidateBody,
        response: { 201: CandidateDto, ...problems(400, 401, 403) },
      },
    ),
    async (request, reply) => {
      const { ageBand, workWish, note, teamId } = request.body;
      const candidate = await request.repos.candidates.create({
        ageBand,
        workWish,
        note: note || null,
        teamId: teamId ?? null,
      });
      return reply.status(201).send(toCandidateDto(candidate));
    },
  );
}
