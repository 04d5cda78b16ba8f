import { z } from 'zod';
import type { ActivityEntry } from '../../../db/repositories/activity/activity.ts';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { activityRoute } from '../route-schema.ts';
import { CorrectionBody, EntryDto, EntryParams, LogDto, LogQuery, NewEntryBody } from './schemas.ts';

function toEntryDto(e: ActivityEntry) {
  return { ...e, recordedAt: e.recordedAt.toISOString() };
}

export function registerLogActivity(app: Api, deps: Deps) {
  app.post(
    '/api/activity',
    activityRoute('Log time spent by place and activity in the caller’s own activity log (job specialists)', {
      body: NewEntryBody,
      response: { 201: EntryDto, ...problems(400, 401, 403) },
    }),
    async (request, reply) =>
      reply.status(201).send(toEntryDto(await request.repos.activity.create(request.body))),
  );
}

export function registerActivityLog(app: Api, deps: Deps) {
  app.get(
    '/api/activity',
    activityRoute('A job specialist’s activity log over a period, with the community share per week', {
      querystring: LogQuery,
      response: { 200: LogDto, ...problems(400, 401, 403, 404) },
    }),
    async (request) => {
      const log = await request.repos.activity.list(request.query);
      return { ...log, entries: log.entries.map(toEntryDto) };
    },
  );
}

export function registerDeleteActivity(app: Api, deps: Deps) {
  app.delete(
    '/api/activity/:entryId',
    activityRoute('Remove one of the caller’s own activity entries (a quick correction)', {
      params: EntryParams,
      response: { 204: z.null(), ...problems(400, 401, 403, 404) },
    }),
    async (request, reply) => {
      await request.repos.activity.delete(request.params.entryId);
      return reply.status(204).send(null);
    },
  );
}

export function registerCorrectActivity(app: Api, deps: Deps) {
  app.post(
    '/api/activity/:entryId/corrections',
    activityRoute(
      'Correct or void one of the caller’s own activity entries, with a reason; the original is kept. 409 when the entry is already voided',
      {
        params: EntryParams,
        body: CorrectionBody,
        response: {
          201: z.object({ entry: EntryDto.nullable().describe('as it now stands; null once voided') }),
          ...problems(400, 401, 403, 404, 409),
        },
      },
    ),
    async (request, reply) => {
      const entry = await request.repos.activity.correct(request.params.entryId, request.body);
      return reply.status(201).send({ entry: entry && toEntryDto(entry) });
    },
  );
}
