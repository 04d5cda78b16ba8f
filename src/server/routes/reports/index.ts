import type { Api, Deps } from '../deps.ts';
import { registerListReports, registerReportPdf } from './list.ts';
import { registerDraftReport, registerReportSteps } from './steps.ts';

/** Guidance reports: drafted, edited, shared, commented on, finalised and filed in NAV's archive. */
export function registerReportRoutes(app: Api, deps: Deps) {
  registerListReports(app);
  registerReportPdf(app);
  registerDraftReport(app);
  registerReportSteps(app, deps);
}
