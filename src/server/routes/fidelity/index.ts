import type { Api, Deps } from '../deps.ts';
import { registerChartReviewRoutes } from './chart-review.ts';
import { registerReportRoutes } from './reports.ts';
import { registerReviewRoutes } from './reviews.ts';

/** Fidelity reviews with the IPS-25 scale, under /api/fidelity. */
export function registerFidelityRoutes(app: Api, deps: Deps) {
  registerReviewRoutes(app);
  registerReportRoutes(app, deps);
  registerChartReviewRoutes(app);
}
