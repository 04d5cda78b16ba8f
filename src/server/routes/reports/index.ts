import type { Api, Deps } from '../deps.ts';
import { registerListReports, registerReportPdf } from './list.ts';
import { registerReminderRoutes } from './reminders.ts';
import { registerDraftReport, registerReportSteps } from './steps.ts';

/** Guidance reports (drafted, shared, commented on, finalised, archived) and the meetings' SMS reminders. */
export function registerReportRoutes(app: Api, deps: Deps) {
  registerListReports(app);
  registerReportPdf(app);
  registerDraftReport(app);
  registerReportSteps(app, deps);
  registerReminderRoutes(app);
}
