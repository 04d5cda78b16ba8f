import type { BenefitsEstimate } from '../../domain/benefits.ts';
import type { Stage, Track } from '../../domain/code-lists.ts';

/**
 * Hand-written shapes of the casework API until the generated OpenAPI types include it; the names
 * stay when they are replaced by aliases of the generated ones.
 */

export interface PersonRef {
  id: string;
  displayName: string;
}

export interface CaseworkStage {
  current: Stage;
  since: string;
  track: Track;
  employedAtReferral: boolean | null;
  ageAtReferral: number | null;
  /** IPS ung: under 30 at referral. */
  priority: boolean;
}

export interface StageTransition {
  id: string;
  stage: Stage;
  effectiveDate: string;
  dischargeReason: string | null;
  note: string | null;
  recordedBy: PersonRef | null;
  recordedAt: string;
}

export interface WorkExperience {
  employer: string;
  title: string;
  from?: string;
  to?: string;
  whatWorked?: string;
}

export interface EducationEntry {
  school: string;
  programme: string;
  from?: string;
  to?: string;
  completed?: boolean;
}

export interface CareerProfileContent {
  workHistory: WorkExperience[];
  education: EducationEntry[];
  educationGoals?: string;
  interests: string[];
  strengths: string[];
  preferences: { occupations: string[]; hoursPerWeek?: number; places: string[]; other?: string };
  disclosure: string;
  supports: string[];
  notes?: string;
}

export type DocumentSource = 'manual' | 'job_experience';

export interface CareerProfile {
  version: number;
  content: CareerProfileContent;
  source: DocumentSource;
  recordedAt: string;
  recordedBy: PersonRef | null;
}

export interface DocumentVersion {
  version: number;
  source: DocumentSource;
  recordedAt: string;
}

export interface PlannedSupport {
  kind: string;
  description: string;
  frequency?: string;
}

export interface SupportPlanContent {
  supports: PlannedSupport[];
  note?: string;
}

export interface SupportPlan {
  version: number;
  content: SupportPlanContent;
  source: DocumentSource;
  recordedAt: string;
  recordedBy: PersonRef | null;
}

export interface ParticipantBenefit {
  id: string;
  benefit: string;
  monthlyAmount: number | null;
  fromDate: string;
  toDate: string | null;
}

export interface BenefitsPlan {
  id: string;
  planDate: string;
  hoursPerWeek: number;
  hourlyWage: number;
  effect: BenefitsEstimate;
  modelVersion: string;
  note: string | null;
  recordedAt: string;
}

export interface Job {
  id: string;
  employer: { id: string; name: string; orgNumber: string };
  title: string;
  occupation: string | null;
  employmentType: string;
  wageType: string;
  hoursPerWeek: number;
  startDate: string;
  endDate: string | null;
  endReason: string | null;
  competitive: boolean;
  wageSubsidised: boolean;
}

export interface ParticipantContact {
  id: string;
  contactDate: string;
  counterpart: string;
  mode: string;
  outcome: string;
  jobId: string | null;
  note: string | null;
  nextStep: string | null;
  nextStepDate: string | null;
  category: string;
}

export interface EmployerContactForParticipant {
  id: string;
  employer: { id: string; name: string };
  contactDate: string;
  faceToFace: boolean;
  outcome: string;
  nextStep: string | null;
  nextStepDate: string | null;
  jobSpecialist: PersonRef;
}

export interface CaseworkWithheld {
  category: string;
  reason: string;
}

export interface Casework {
  stage: CaseworkStage;
  transitions: StageTransition[];
  careerProfile: CareerProfile | null;
  careerProfileVersions: DocumentVersion[];
  supportPlan: SupportPlan | null;
  benefits: ParticipantBenefit[];
  benefitsPlans: BenefitsPlan[];
  jobs: Job[];
  contacts: ParticipantContact[];
  employerContacts: EmployerContactForParticipant[];
  withheld: CaseworkWithheld[];
}

export interface NewStageBody {
  stage: Stage;
  effectiveDate: string;
  note?: string;
}

export interface DischargeBody {
  effectiveDate: string;
  reason: string;
  note?: string;
}

export interface CareerProfileBody {
  basedOnVersion: number | null;
  content: CareerProfileContent;
}

export interface SupportPlanBody {
  basedOnVersion: number | null;
  supports: PlannedSupport[];
  note?: string;
}

export interface NewBenefitBody {
  benefit: string;
  monthlyAmount?: number;
  fromDate: string;
  toDate?: string;
}

export interface EndBenefitBody {
  toDate: string;
}

export interface NewBenefitsPlanBody {
  planDate: string;
  hoursPerWeek: number;
  hourlyWage: number;
  note?: string;
}

export interface NewJobBody {
  employerId: string;
  title: string;
  occupation?: string;
  employmentType: string;
  wageType: string;
  hoursPerWeek: number;
  startDate: string;
  endDate?: string;
  endReason?: string;
}

export interface NewJobResult {
  job: Job;
  benefitsPlanMissing: boolean;
  stage: CaseworkStage;
}

export interface EndJobBody {
  endDate: string;
  endReason: string;
  whatWorked?: string;
}

export interface NewContactBody {
  contactDate: string;
  counterpart: string;
  mode: string;
  outcome: string;
  jobId?: string;
  note?: string;
  nextStep?: string;
  nextStepDate?: string;
}

export interface EmployerOption {
  id: string;
  orgNumber: string;
  name: string;
}

export interface CaseworkSettingsView {
  settings: Record<string, unknown>;
  defaults: Record<string, unknown>;
}

/** The referral facts the participant API takes on create and change. */
export interface ReferralFactsBody {
  track: Track;
  /** null: not known. */
  employedAtReferral: boolean | null;
}
