import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { ReportQuery as RepositoryQuery } from '../../../db/repositories/outcomes/outcomes.ts';
import { date, dateTime } from '../../pdf/text-nb.ts';
import { attachment } from '../../reports/outcomes/file-name.ts';
import {
  type FileFormat,
  fileContent,
  nationalFile,
  programmeFile,
  programmePdf,
  regionFile,
} from '../../reports/outcomes/report-files.ts';
import { problems } from '../common-schemas.ts';
import type { Api } from '../deps.ts';
import { outcomesRoute } from '../route-schema.ts';
import { ProgrammeParams, RegionParams, ReportQuery } from './schemas.ts';

const MEDIA_TYPE = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

const FORMATS: readonly FileFormat[] = ['csv', 'xlsx'];

function fileSchema(format: keyof typeof MEDIA_TYPE, what: string, ...statuses: (400 | 401 | 403 | 404)[]) {
  return {
    querystring: ReportQuery,
    response: {
      200: z.any().describe(`${what} as ${MEDIA_TYPE[format]}, a download (Content-Disposition: attachment)`),
      ...problems(...statuses),
    },
  };
}

function send(reply: FastifyReply, format: keyof typeof MEDIA_TYPE, name: string, content: string | Buffer) {
  return reply
    .type(MEDIA_TYPE[format])
    .header('content-disposition', attachment(name))
    .header('cache-control', 'no-store')
    .send(content);
}

/**
 * Outcome reports as files, with the query, access decision and audit of the JSON reports (the
 * repository's same methods; the event names the format). Every figure in a file is suppressed.
 */
export function registerOutcomeExports(app: Api, configuredThreshold: number) {
  const query = (q: z.infer<typeof ReportQuery>, format: RepositoryQuery['format']): RepositoryQuery => ({
    ...q,
    configuredThreshold,
    format,
  });
  for (const format of FORMATS) {
    app.get(
      `/api/outcomes/programmes/:programmeId/report.${format}`,
      outcomesRoute(`A programme’s figures per period as ${format.toUpperCase()}, small cells suppressed`, {
        ...fileSchema(format, 'the figures per period, funnel, job tenure, discharges', 400, 401, 403, 404),
        params: ProgrammeParams,
      }),
      async (request, reply) => {
        const r = await request.repos.outcomes.programmeExport(
          request.params.programmeId,
          query(request.query, format),
        );
        const file = programmeFile(r, format);
        return send(reply, format, file.name, await fileContent(file, format));
      },
    );
    app.get(
      `/api/outcomes/regions/:regionId/report.${format}`,
      outcomesRoute(`A region’s programmes side by side as ${format.toUpperCase()}, small cells suppressed`, {
        ...fileSchema(format, 'the programmes and the region per period', 400, 401, 403, 404),
        params: RegionParams,
      }),
      async (request, reply) => {
        const r = await request.repos.outcomes.region(request.params.regionId, query(request.query, format));
        const file = regionFile(r, format);
        return send(reply, format, file.name, await fileContent(file, format));
      },
    );
    app.get(
      `/api/outcomes/national/report.${format}`,
      outcomesRoute(`Every region and programme as ${format.toUpperCase()}, small cells suppressed`, {
        ...fileSchema(format, 'the programmes, regions and country per period', 400, 401, 403),
      }),
      async (request, reply) => {
        const file = nationalFile(
          await request.repos.outcomes.national(query(request.query, format)),
          format,
        );
        return send(reply, format, file.name, await fileContent(file, format));
      },
    );
  }
  app.get(
    '/api/outcomes/programmes/:programmeId/report.pdf',
    outcomesRoute('A programme’s quarterly report for its steering group (PDF in bokmål, with charts)', {
      ...fileSchema('pdf', 'the quarterly report', 400, 401, 403, 404),
      params: ProgrammeParams,
    }),
    async (request, reply) => {
      const now = new Date();
      const r = await request.repos.outcomes.programmeExport(
        request.params.programmeId,
        query(request.query, 'pdf'),
        now,
      );
      const counted = r.freshness.asOf ? `, fra tallene per ${date(r.freshness.asOf)}` : '';
      const madeBy = `Laget ${dateTime(now)}${counted}`;
      const pdf = programmePdf(r, madeBy);
      return send(reply, 'pdf', pdf.name, await pdf.content);
    },
  );
}
