import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { ParticipantParams } from '../participant-schemas.ts';
import { ReassignBody, ReassignmentDto } from './schemas.ts';

export function registerReassign(app: Api, deps: Deps) {
  app.put(
    '/api/participants/:id/job-specialist',
    {
      schema: {
        tags: ['caseload'],
        summary: 'Hand a participant to another job specialist of the programme (supervisor)',
        params: ParticipantParams,
        body: ReassignBody,
        response: { 200: ReassignmentDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => request.repos.caseload.reassign(request.params.id, request.body.jobSpecialistId),
  );
}
