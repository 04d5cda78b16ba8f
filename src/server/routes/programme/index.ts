import type { Api, Deps } from '../deps.ts';
import { registerCaseworkSettings } from './casework-settings.ts';
import { registerRecordOfProcessing } from './record-of-processing.ts';
import { registerProgramme } from './routes.ts';

/** The programme's own settings: legal model, teams and staff, casework thresholds; its record of processing. */
export function registerProgrammeRoutes(app: Api, deps: Deps) {
  registerProgramme(app, deps);
  registerCaseworkSettings(app, deps);
  registerRecordOfProcessing(app, deps);
}
