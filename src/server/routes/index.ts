import { registerActivityRoutes } from './activity/index.ts';
import { registerBreakGlass } from './break-glass/routes.ts';
import { registerCandidateRoutes } from './candidates/index.ts';
import { registerCaseloadRoutes } from './caseload/index.ts';
import { registerCaseworkRoutes } from './casework/index.ts';
import { registerCodeListRoutes } from './code-lists/index.ts';
import { registerConsentAttachment } from './consents/attachment.ts';
import { registerListConsents } from './consents/list.ts';
import { registerRecordConsent } from './consents/record.ts';
import { registerRenewConsent, registerWithdrawConsent } from './consents/withdraw.ts';
import type { Api, Deps } from './deps.ts';
import { registerJobDevelopmentRoutes } from './employers/index.ts';
import { registerFhirAuditEvent } from './fhir/audit-event.ts';
import { registerFhirConsent } from './fhir/consent.ts';
import { registerHealth } from './health.ts';
import { registerMeetingRoutes } from './meetings/index.ts';
import { registerAccessLog } from './participants/access-log.ts';
import { registerAddNote } from './participants/add-note.ts';
import { registerCreateParticipant } from './participants/create.ts';
import { registerGetParticipant } from './participants/get.ts';
import { registerListParticipants } from './participants/list.ts';
import { registerUpdateParticipant } from './participants/update.ts';
import { registerProgramme } from './programme/routes.ts';
import { registerReferenceLists } from './reference/lists.ts';
import { registerErasure } from './rights/erasure.ts';
import { registerGdprExport } from './rights/gdpr-export.ts';
import { registerRestriction } from './rights/restriction.ts';
import { registerTeamExport } from './rights/team-export.ts';
import { registerCurrentSession } from './session/current.ts';
import { registerLogin } from './session/login.ts';
import { registerWorkforceRoutes } from './workforce/index.ts';

export function registerRoutes(app: Api, deps: Deps) {
  for (const register of [
    registerHealth,
    registerLogin,
    registerCurrentSession,
    registerReferenceLists,
    registerListParticipants,
    registerGetParticipant,
    registerCreateParticipant,
    registerUpdateParticipant,
    registerAddNote,
    registerAccessLog,
    registerListConsents,
    registerRecordConsent,
    registerWithdrawConsent,
    registerRenewConsent,
    registerConsentAttachment,
    registerCandidateRoutes,
    registerMeetingRoutes,
    registerBreakGlass,
    registerProgramme,
    registerTeamExport,
    registerGdprExport,
    registerRestriction,
    registerErasure,
    registerFhirConsent,
    registerFhirAuditEvent,
    registerCaseworkRoutes,
    registerCaseloadRoutes,
    registerJobDevelopmentRoutes,
    registerActivityRoutes,
    registerWorkforceRoutes,
    registerCodeListRoutes,
  ]) {
    register(app, deps);
  }
}
