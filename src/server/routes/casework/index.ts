import type { Api } from '../deps.ts';
import { registerAddBenefit, registerBenefitsPlan, registerEndBenefit } from './benefits.ts';
import { registerAddContact } from './contacts.ts';
import { registerCorrect, registerCorrections } from './corrections.ts';
import { registerCareerProfile, registerSupportPlan } from './documents.ts';
import { registerGetCasework } from './get.ts';
import { registerAddJob, registerEndJob } from './jobs.ts';
import { registerDischarge, registerStageMove } from './stages.ts';

/** A participant's casework: lifecycle, career profile and supports, benefits, jobs and contacts. */
export function registerCaseworkRoutes(app: Api) {
  for (const register of [
    registerGetCasework,
    registerStageMove,
    registerDischarge,
    registerCareerProfile,
    registerSupportPlan,
    registerAddBenefit,
    registerEndBenefit,
    registerBenefitsPlan,
    registerAddJob,
    registerEndJob,
    registerAddContact,
    registerCorrect,
    registerCorrections,
  ]) {
    register(app);
  }
}
