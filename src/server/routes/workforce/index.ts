import type { Api, Deps } from '../deps.ts';
import { registerEndEmployment, registerListWorkforce, registerStartEmployment } from './routes.ts';

/** Job specialists' employment in the programme: tenure, FTE and turnover. */
export function registerWorkforceRoutes(app: Api, deps: Deps) {
  registerListWorkforce(app, deps);
  registerStartEmployment(app, deps);
  registerEndEmployment(app, deps);
}
