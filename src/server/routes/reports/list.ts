import { z } from 'zod';
import { renderGuidanceReport } from '../../pdf/guidance-report.ts';
import { problems } from '../common-schemas.ts';
import type { Api } from '../deps.ts';
import { ParticipantParams } from '../participant-schemas.ts';
import { reportsRoute } from '../route-schema.ts';
import { ReportListDto, ReportParams, toReportDto } from './schemas.ts';

export function registerListReports(app: Api) {
  app.get(
    '/api/participants/:id/guidance-reports',
    reportsRoute(
      'The participant’s guidance reports the caller may read (job-plan information) and when the next is due',
      { params: ParticipantParams, response: { 200: ReportListDto, ...problems(401, 403, 404) } },
    ),
    async (request) => {
      const list = await request.repos.guidanceReports.list(request.params.id);
      return { ...list, reports: list.reports.map(toReportDto) };
    },
  );
}

export function registerReportPdf(app: Api) {
  app.get(
    '/api/guidance-reports/:reportId/pdf',
    reportsRoute('A guidance report as a tagged PDF (PDF/UA), as NAV’s archive receives it', {
      params: ReportParams,
      response: { 200: z.any().describe('application/pdf, a download'), ...problems(401, 403, 404) },
    }),
    async (request, reply) => {
      const document = await request.repos.guidanceReports.document(request.params.reportId);
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="veiledningsrapport-${document.report.periodTo}.pdf"`,
        )
        .send(await renderGuidanceReport(document));
    },
  );
}
