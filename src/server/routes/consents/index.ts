import type { Api, Deps } from '../deps.ts';
import { registerConsentAttachment } from './attachment.ts';
import { registerListConsents } from './list.ts';
import { registerRecordConsent } from './record.ts';
import { registerRenewConsent, registerWithdrawConsent } from './withdraw.ts';

/** Consents: recorded, withdrawn and renewed as versions, with the scanned form. */
export function registerConsentRoutes(app: Api, deps: Deps) {
  registerListConsents(app, deps);
  registerRecordConsent(app, deps);
  registerWithdrawConsent(app, deps);
  registerRenewConsent(app, deps);
  registerConsentAttachment(app, deps);
}
