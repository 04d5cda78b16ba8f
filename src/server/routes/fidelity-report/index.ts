import { z } from 'zod';
import { dateTime } from '../../pdf/text-nb.ts';
import { renderFidelityReport } from '../../reports/fidelity/pdf-report.ts';
import { reportDocument } from '../../reports/fidelity/report-document.ts';
import { attachment } from '../../reports/outcomes/file-name.ts';
import { problems, Ref, Uuid } from '../common-schemas.ts';
import type { Api } from '../deps.ts';
import { fidelityRoute } from '../route-schema.ts';

const ReviewParams = z.object({ id: Uuid });

const ReviewerDirectory = z.object({
  programmes: z.array(Ref).describe('the programmes of the reviewer’s region'),
  reviewers: z.array(Ref).describe('the region’s active fidelity reviewers, the caller among them'),
});

/** The review report as a file, and what a reviewer chooses from when she opens a review. */
export function registerFidelityReportRoutes(app: Api) {
  app.get(
    '/api/fidelity/reviews/:id/report.pdf',
    fidelityRoute('A review’s report as PDF (bokmål, tagged, with the section chart)', {
      params: ReviewParams,
      response: {
        200: z.any().describe('the report as application/pdf, a download (Content-Disposition: attachment)'),
        ...problems(400, 401, 403, 404),
      },
    }),
    async (request, reply) => {
      // The JSON report's repository call: the same decision and the same audit event.
      const report = await request.repos.fidelity.report(request.params.id);
      const madeBy = `Laget ${dateTime(new Date())}`;
      const pdf = await renderFidelityReport(reportDocument(report, madeBy));
      const name = `kvalitetsmaling-${report.programme.name}-${report.reviewDate}.pdf`
        .toLowerCase()
        .replace(/\s+/g, '-');
      return reply
        .type('application/pdf')
        .header('content-disposition', attachment(name))
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
  app.get(
    '/api/fidelity/reviewer-directory',
    fidelityRoute('For a reviewer: her region’s programmes and fellow reviewers, to open a review', {
      response: { 200: ReviewerDirectory, ...problems(401, 403) },
    }),
    async (request) => request.repos.fidelityDirectory.forReviewer(),
  );
}
