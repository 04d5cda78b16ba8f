import type { Api, Deps } from '../deps.ts';
import { registerCaseworkSettings } from '../programme/casework-settings.ts';
import { registerListCodeLists, registerPutCode } from './routes.ts';

/**
 * What casework is configured with: the code lists an administrator changes, and the thresholds a
 * programme lead sets for the programme.
 */
export function registerCodeListRoutes(app: Api, deps: Deps) {
  registerListCodeLists(app, deps);
  registerPutCode(app, deps);
  registerCaseworkSettings(app, deps);
}
