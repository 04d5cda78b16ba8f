import type { Api, Deps } from '../deps.ts';
import { registerListCodeLists, registerPutCode } from './routes.ts';

/** The code lists casework is recorded with, and an administrator's changes to them. */
export function registerCodeListRoutes(app: Api, deps: Deps) {
  registerListCodeLists(app, deps);
  registerPutCode(app, deps);
}
