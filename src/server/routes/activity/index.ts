import type { Api, Deps } from '../deps.ts';
import {
  registerActivityLog,
  registerCorrectActivity,
  registerDeleteActivity,
  registerLogActivity,
} from './routes.ts';

/** The job specialist's activity log: time by place, and the community share. */
export function registerActivityRoutes(app: Api, deps: Deps) {
  registerLogActivity(app, deps);
  registerActivityLog(app, deps);
  registerDeleteActivity(app, deps);
  registerCorrectActivity(app, deps);
}
