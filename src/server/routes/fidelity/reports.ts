import { z } from 'zod';
import { quarterOf } from '../../../domain/outcomes/quarters.ts';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../../domain/outcomes/suppression.ts';
import { osloToday } from '../../../domain/participant.ts';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { fidelityRoute } from '../route-schema.ts';
import { asJson } from './json.ts';
import {
  ProgrammeParams,
  RegionFidelity,
  Report,
  ReviewListItem,
  ReviewParams,
  Scale,
  Trend,
} from './schemas.ts';

/** The last whole quarter before today's: the region view's employment rate. */
function lastWholeQuarter(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const back = new Date(Date.UTC(y, m - 4, 1)).toISOString().slice(0, 10);
  return quarterOf(back);
}

/** The scale, a programme's reviews and trend, a review's report, a region's programmes. */
export function registerReportRoutes(app: Api, deps: Deps) {
  app.get(
    '/api/fidelity/scales/:version',
    fidelityRoute('One edition of the fidelity scale: items, anchors, sources and bands', {
      params: z.strictObject({ version: z.string().min(1).max(40) }),
      response: { 200: Scale, ...problems(401, 403, 404) },
    }),
    async (request) => asJson(await request.repos.fidelity.scale(request.params.version)),
  );
  app.get(
    '/api/fidelity/programmes/:programmeId/reviews',
    fidelityRoute('A programme’s reviews, newest first, with each signed-off review’s next due date', {
      params: ProgrammeParams,
      response: { 200: z.object({ items: z.array(ReviewListItem) }), ...problems(400, 401, 403, 404) },
    }),
    async (request) => ({ items: asJson(await request.repos.fidelity.list(request.params.programmeId)) }),
  );
  app.get(
    '/api/fidelity/programmes/:programmeId/trend',
    fidelityRoute('Total and section scores across the programme’s signed-off reviews, oldest first', {
      params: ProgrammeParams,
      response: { 200: Trend, ...problems(400, 401, 403, 404) },
    }),
    async (request) => ({ items: await request.repos.fidelity.trend(request.params.programmeId) }),
  );
  app.get(
    '/api/fidelity/reviews/:id/report',
    fidelityRoute(
      'A review’s report: scores, band, strengths, recommendations, action plan, previous review',
      {
        params: ReviewParams,
        response: { 200: Report, ...problems(400, 401, 403, 404) },
      },
    ),
    async (request) => asJson(await request.repos.fidelity.report(request.params.id)),
  );
  app.get(
    '/api/fidelity/regions/:regionId/programmes',
    fidelityRoute(
      'Each programme of a region: latest fidelity beside the quarter’s employment rate (suppressed)',
      {
        params: z.strictObject({ regionId: z.string().min(1).max(40) }),
        response: { 200: RegionFidelity, ...problems(400, 401, 403, 404) },
      },
    ),
    async (request) => {
      const { regionId } = request.params;
      const fidelity = await request.repos.fidelity.region(regionId);
      const quarter = lastWholeQuarter(osloToday());
      const configuredThreshold = deps.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
      const outcomes = await request.repos.outcomes.region(regionId, {
        from: quarter,
        to: quarter,
        configuredThreshold,
      });
      const rates = new Map(
        outcomes.table[0]?.programmes.map((p) => [p.id, p.figures.employmentRateUsLc]) ?? [],
      );
      return {
        region: fidelity.region,
        quarter,
        threshold: outcomes.threshold,
        programmes: fidelity.programmes.map((p) => ({ ...p, employmentRate: rates.get(p.id) ?? null })),
      };
    },
  );
}
