import type { Api, Deps } from '../deps.ts';
import { registerErasure } from './erasure.ts';
import { registerGdprExport } from './gdpr-export.ts';
import { registerRestriction } from './restriction.ts';
import { registerTeamExport } from './team-export.ts';

/** What leaves the record (team export, the participant's own export) and the GDPR rights. */
export function registerRightsRoutes(app: Api, deps: Deps) {
  registerTeamExport(app, deps);
  registerGdprExport(app, deps);
  registerRestriction(app, deps);
  registerErasure(app, deps);
}
