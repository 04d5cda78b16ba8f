import { registerActivityRoutes } from './activity/index.ts';
import { registerBreakGlass } from './break-glass/index.ts';
import { registerCandidateRoutes } from './candidates/index.ts';
import { registerCaseloadRoutes } from './caseload/index.ts';
import { registerCaseworkRoutes } from './casework/index.ts';
import { registerCodeListRoutes } from './code-lists/index.ts';
import { registerConsentRoutes } from './consents/index.ts';
import type { Api, Deps } from './deps.ts';
import { registerJobDevelopmentRoutes } from './employers/index.ts';
import { registerFhirRoutes } from './fhir/index.ts';
import { registerFidelityRoutes } from './fidelity/index.ts';
import { registerFidelityIndicatorRoutes } from './fidelity-indicators/index.ts';
import { registerFidelityReportRoutes } from './fidelity-report/index.ts';
import { registerHealth } from './health.ts';
import { registerMeetingRoutes } from './meetings/index.ts';
import { registerOutcomeRoutes } from './outcomes/index.ts';
import { registerParticipantRoutes } from './participants/index.ts';
import { registerProgrammeRoutes } from './programme/index.ts';
import { registerReferenceLists } from './reference/index.ts';
import { registerReportRoutes } from './reports/index.ts';
import { registerResearchRoutes } from './research/index.ts';
import { registerRightsRoutes } from './rights/index.ts';
import { registerSessionRoutes } from './session/index.ts';
import { registerSurveyRoutes } from './surveys/index.ts';
import { registerWorkforceRoutes } from './workforce/index.ts';

/** Every route folder registers its own routes; no route imports another folder's. */
export function registerRoutes(app: Api, deps: Deps) {
  for (const register of [
    registerHealth,
    registerSessionRoutes,
    registerReferenceLists,
    registerParticipantRoutes,
    registerConsentRoutes,
    registerCandidateRoutes,
    registerMeetingRoutes,
    registerBreakGlass,
    registerProgrammeRoutes,
    registerRightsRoutes,
    registerFhirRoutes,
    registerCaseworkRoutes,
    registerCaseloadRoutes,
    registerJobDevelopmentRoutes,
    registerActivityRoutes,
    registerWorkforceRoutes,
    registerCodeListRoutes,
    registerOutcomeRoutes,
    registerFidelityRoutes,
    registerResearchRoutes,
    registerFidelityIndicatorRoutes,
    registerReportRoutes,
    registerSurveyRoutes,
    registerFidelityReportRoutes,
  ]) {
    register(app, deps);
  }
}
