import type { Api } from '../deps.ts';
import { JobBody, JobEndBody } from './bodies.ts';
import { endRoute, recordRoute } from './route-options.ts';
import { JobDto, JobParams, RecordedJobDto } from './schemas.ts';

export function registerAddJob(app: Api) {
  app.post(
    '/api/participants/:id/jobs',
    recordRoute(
      'Record a job; a competitive one that has started moves the stage to in_work. 409 names startDate when an identical job overlaps',
      JobBody,
      RecordedJobDto,
      409,
    ),
    async (request, reply) =>
      reply.status(201).send(await request.repos.jobs.add(request.params.id, request.body)),
  );
}

export function registerEndJob(app: Api) {
  app.post(
    '/api/participants/:id/jobs/:jobId/end',
    endRoute(
      'End a job; the career profile gets a new version with the job in its work history',
      JobParams,
      JobEndBody,
      JobDto,
    ),
    async (request) => {
      const { id, jobId } = request.params;
      return request.repos.jobs.end(id, jobId, request.body);
    },
  );
}
