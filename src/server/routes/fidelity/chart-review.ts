import { z } from 'zod';
import { problems, Uuid } from '../common-schemas.ts';
import type { Api } from '../deps.ts';
import { fidelityRoute } from '../route-schema.ts';
import { asJson } from './json.ts';
import { ChartGrantBody, ChartRecord, ReviewParams } from './schemas.ts';

/** The chart review: the programme lead's time-limited grant, and a reviewer's read under it. */
export function registerChartReviewRoutes(app: Api) {
  app.post(
    '/api/fidelity/reviews/:id/chart-grant',
    fidelityRoute('The programme lead lets the review’s reviewers read a sample of records until a time', {
      params: ReviewParams,
      body: ChartGrantBody,
      response: {
        201: z.object({ id: z.string(), expiresAt: z.string() }),
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (request, reply) => {
      const grant = await request.repos.fidelity.grantChartReview(
        request.params.id,
        new Date(request.body.expiresAt),
      );
      return reply.status(201).send(asJson(grant));
    },
  );
  app.get(
    '/api/fidelity/reviews/:id/chart-review/:participantId',
    fidelityRoute('A reviewer reads one participant’s record while the review’s grant is open (audited)', {
      params: z.strictObject({ id: Uuid, participantId: Uuid }),
      response: { 200: ChartRecord, ...problems(400, 401, 403, 404) },
    }),
    async (request) =>
      asJson(await request.repos.fidelity.chartReview(request.params.id, request.params.participantId)),
  );
}
