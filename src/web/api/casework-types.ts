import type { Body, Json } from './types.ts';

/** The casework API's shapes, taken from the generated OpenAPI types. */

export type Casework = Json<'/api/participants/{id}/casework', 'get', 200>;
/** Null when the job plan is withheld from the caller (then `withheld` names it). */
export type CaseworkStage = NonNullable<Casework['stage']>;
export type StageTransition = Casework['transitions'][number];
export type PersonRef = Casework['employerContacts'][number]['jobSpecialist'];

export type CareerProfile = NonNullable<Casework['careerProfile']>;
export type CareerProfileContent = CareerProfile['content'];
export type WorkExperience = CareerProfileContent['workHistory'][number];
export type EducationEntry = CareerProfileContent['education'][number];
export type DocumentSource = CareerProfile['source'];
export type DocumentVersion = Casework['careerProfileVersions'][number];

export type SupportPlan = NonNullable<Casework['supportPlan']>;
export type SupportPlanContent = SupportPlan['content'];
export type PlannedSupport = SupportPlanContent['supports'][number];

export type ParticipantBenefit = Casework['benefits'][number];
export type BenefitsPlan = Casework['benefitsPlans'][number];
export type Job = Casework['jobs'][number];
export type ParticipantContact = Casework['contacts'][number];
export type EmployerContactForParticipant = Casework['employerContacts'][number];
export type CaseworkWithheld = Casework['withheld'][number];

export type NewStageBody = Body<'/api/participants/{id}/stages', 'post'>;
export type DischargeBody = Body<'/api/participants/{id}/discharge', 'post'>;
export type CareerProfileBody = Body<'/api/participants/{id}/career-profile', 'put'>;
export type SupportPlanBody = Body<'/api/participants/{id}/support-plan', 'put'>;
export type NewBenefitBody = Body<'/api/participants/{id}/benefits', 'post'>;
export type EndBenefitBody = Body<'/api/participants/{id}/benefits/{benefitId}/end', 'post'>;
export type NewBenefitsPlanBody = Body<'/api/participants/{id}/benefits-plans', 'post'>;
export type NewJobBody = Body<'/api/participants/{id}/jobs', 'post'>;
export type NewJobResult = Json<'/api/participants/{id}/jobs', 'post', 201>;
export type EndJobBody = Body<'/api/participants/{id}/jobs/{jobId}/end', 'post'>;
export type NewContactBody = Body<'/api/participants/{id}/contacts', 'post'>;

/** The fields of the employer list a job form chooses from. */
export type EmployerOption = Pick<
  Json<'/api/employers', 'get', 200>['items'][number],
  'id' | 'orgNumber' | 'name'
>;

export type CaseworkSettingsView = Json<'/api/programme/casework-settings', 'get', 200>;

/**
 * The referral facts the participant API takes on create and change; optional there, but the form
 * always answers them (a choice with a default), so always sent.
 */
export type ReferralFactsBody = Required<
  Pick<Body<'/api/participants', 'post'>, 'track' | 'employedAtReferral'>
>;
