import type { Api, Deps } from '../deps.ts';
import { registerAgenda } from './agenda.ts';
import { registerCaseloadPage } from './caseload.ts';
import { registerCaseloadOverview } from './overview.ts';
import { registerReassign } from './reassign.ts';
import { registerTasks } from './tasks.ts';

/** The job specialist's caseload page and tasks; the supervisor's overview and reassignment. */
export function registerCaseloadRoutes(app: Api, deps: Deps) {
  registerCaseloadPage(app, deps);
  registerTasks(app, deps);
  registerAgenda(app, deps);
  registerCaseloadOverview(app, deps);
  registerReassign(app, deps);
}
