import type { z } from 'zod';
import type { GuidanceReport } from '../../../domain/guidance-report/report.ts';
import type { Repos } from '../../request-repos.ts';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { ParticipantParams } from '../participant-schemas.ts';
import { reportsRoute } from '../route-schema.ts';
import {
  CommentBody,
  EditReportBody,
  NewReportBody,
  ReportDto,
  ReportParams,
  toReportDto,
} from './schemas.ts';

export function registerDraftReport(app: Api) {
  app.post(
    '/api/participants/:id/guidance-reports',
    reportsRoute('Draft a guidance report over a period from the period’s records (the record holders’)', {
      params: ParticipantParams,
      body: NewReportBody,
      response: { 201: ReportDto, ...problems(400, 401, 403, 404) },
    }),
    async (request, reply) =>
      reply
        .status(201)
        .send(toReportDto(await request.repos.guidanceReports.draft(request.params.id, request.body))),
  );
}

type Step = (repos: Repos, reportId: string, body: never) => Promise<GuidanceReport>;

/** One step on a report at `/api/guidance-reports/:reportId/<path>`: 200 with the report as it now stands. */
function registerStep<B extends z.ZodType>(
  app: Api,
  path: string,
  summary: string,
  body: B | null,
  step: (repos: Repos, reportId: string, body: z.output<B>) => Promise<GuidanceReport>,
  ...more: (502 | 503 | 504)[]
) {
  app.post<{ Params: { reportId: string } }>(
    `/api/guidance-reports/:reportId/${path}`,
    reportsRoute(summary, {
      params: ReportParams,
      ...(body ? { body } : {}),
      response: { 200: ReportDto, ...problems(400, 401, 403, 404, 409, ...more) },
    }),
    async (request) =>
      toReportDto(await (step as Step)(request.repos, request.params.reportId, request.body as never)),
  );
}

export function registerReportSteps(app: Api, deps: Deps) {
  registerStep(
    app,
    'edit',
    'Edit a report’s text, section by section (409 once finalised)',
    EditReportBody,
    (r, id, b) => r.guidanceReports.edit(id, b.sections),
  );
  registerStep(
    app,
    'share',
    'Share a report with the participant on Min side, for her comments',
    null,
    (r, id) => r.guidanceReports.share(id),
  );
  registerStep(
    app,
    'finalise',
    'Finalise a report: no change after this (409 when finalised already)',
    null,
    (r, id) => r.guidanceReports.finalise(id),
  );
  registerStep(
    app,
    'comments',
    'The participant’s comment on a report shared with her (hers alone)',
    CommentBody,
    (r, id, b) => r.guidanceReports.comment(id, b.body),
  );
  registerStep(
    app,
    'deliver',
    'File a final report in NAV’s document archive; a refusal (502) or time-out (504) is recorded and may be retried',
    null,
    (r, id) => r.guidanceReports.deliver(id, deps.reportArchive),
    502,
    503,
    504,
  );
}
