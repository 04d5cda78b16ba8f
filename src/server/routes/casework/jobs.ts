import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { JobBody, JobEndBody } from './bodies.ts';
import { CaseworkParams, JobDto, JobParams, RecordedJobDto } from './schemas.ts';

export function registerAddJob(app: Api, deps: Deps) {
  app.post(
    '/api/participants/:id/jobs',
    {
      schema: {
        tags: ['casework'],
        summary:
          'Record a job; a competitive one that has started moves the stage to in_work. 409 names startDate when an identical job overlaps',
        params: CaseworkParams,
        body: JobBody,
        response: { 201: RecordedJobDto, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const recorded = await request.repos.jobs.add(request.params.id, request.body);
      return reply.status(201).send(recorded);
    },
  );
}

export function registerEndJob(app: Api, deps: Deps) {
  app.post(
    '/api/participants/:id/jobs/:jobId/end',
    {
      schema: {
        tags: ['casework'],
        summary: 'End a job; the career profile gets a new version with the job in its work history',
        params: JobParams,
        body: JobEndBody,
        response: { 200: JobDto, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { id, jobId } = request.params;
      return request.repos.jobs.end(id, jobId, request.body);
    },
  );
}
