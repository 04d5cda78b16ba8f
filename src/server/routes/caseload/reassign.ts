import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { ParticipantParams } from '../participant-schemas.ts';
import { caseloadRoute } from '../route-schema.ts';
import { ReassignBody, ReassignmentDto } from './schemas.ts';

export function registerReassign(app: Api, deps: Deps) {
  app.put(
    '/api/participants/:id/job-specialist',
    caseloadRoute('Hand a participant to another job specialist of the programme (supervisor)', {
      params: ParticipantParams,
      body: ReassignBody,
      response: { 200: ReassignmentDto, ...problems(400, 401, 403, 404) },
    }),
    async (request) => request.repos.caseload.reassign(request.params.id, request.body.jobSpecialistId),
  );
}
