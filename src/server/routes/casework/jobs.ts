import type { Api } from '../deps.ts';
import { JobBody, JobEndBody } from './bodies.ts';
import { endRoute, postRecord } from './route-options.ts';
import { JobDto, JobParams, RecordedJobDto } from './schemas.ts';

export function registerAddJob(app: Api) {
  postRecord(
    app,
    '/api/participants/:id/jobs',
    {
      summary:
        'Record a job; a competitive one that has started moves the stage to in_work. 409 names startDate when an identical job overlaps',
      body: JobBody,
      created: RecordedJobDto,
      conflict: 409,
    },
    (repos, id, body) => repos.jobs.add(id, body),
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
