import { z } from 'zod';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { caseloadRoute } from '../route-schema.ts';
import { SpecialistQuery, TaskDto } from './schemas.ts';

export function registerTasks(app: Api, deps: Deps) {
  app.get(
    '/api/tasks',
    caseloadRoute('A job specialist’s due and overdue tasks, by due date (undated last)', {
      querystring: SpecialistQuery,
      response: { 200: z.object({ tasks: z.array(TaskDto) }), ...problems(400, 401, 403) },
    }),
    async (request) => ({
      tasks: await request.repos.tasks.list(request.query.specialistId ?? request.caller.userId),
    }),
  );
}
