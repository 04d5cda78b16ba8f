import type { Api, Deps } from '../deps.ts';
import { registerFhirAuditEvent } from './audit-event.ts';
import { registerFhirConsent } from './consent.ts';

/** FHIR R4 views of a participant's consents and access log. */
export function registerFhirRoutes(app: Api, deps: Deps) {
  registerFhirConsent(app, deps);
  registerFhirAuditEvent(app, deps);
}
