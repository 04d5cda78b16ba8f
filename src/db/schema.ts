import type { ColumnType, Generated } from 'kysely';
import type { FidelitySchema } from './schema-fidelity.ts';

type CreatedAt = ColumnType<Date, Date | undefined, never>;
type Timestamp = ColumnType<Date, Date | undefined, Date>;
type JsonObject = ColumnType<Record<string, unknown>, string | undefined, never>;
/** A jsonb column: parsed on read by both drivers, written as a JSON string. */
type Json<T> = ColumnType<T, string, string>;

export interface OrganisationTable {
  id: Generated<string>;
  name: string;
  kind: string;
  unit_type: string | null;
  /** Set only for a resource centre: the region whose programmes its staff see (0008). */
  region_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
}

export interface ProgrammeTable {
  id: Generated<string>;
  name: string;
  region: string;
  /** Filled from `region` on insert when not given (0008). */
  region_id: ColumnType<string, string | undefined, string>;
  legal_model: Generated<string>;
  host_organisation_id: string | null;
  next_handle: Generated<number>;
  /** The programme's own casework thresholds; defaults in src/domain/casework-settings.ts. */
  casework_settings: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: CreatedAt;
}

export interface ProgrammeOrganisationTable {
  programme_id: string;
  organisation_id: string;
}

export interface TeamTable {
  id: Generated<string>;
  programme_id: string;
  name: string;
  kind: string;
  organisation_id: string | null;
  created_at: CreatedAt;
}

export interface AppUserTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  /** Null for an account that signs in only through an identity provider. */
  password_hash: string | null;
  role: string;
  organisation_id: string;
  programme_id: string | null;
  participant_id: string | null;
  active: Generated<boolean>;
  phone: string | null;
  email: string | null;
  created_at: CreatedAt;
}

export interface TeamMemberTable {
  team_id: string;
  user_id: string;
}

/** One row: moved on by any change that could end or alter a session (migration 0019). */
export interface SessionEpochTable {
  one: Generated<boolean>;
  n: number;
}

export interface UserSessionTable {
  id_hash: string;
  user_id: string;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Date;
  /** The OpenID provider's population ('staff', 'participant') when signed in through one. */
  provider: string | null;
  id_token: string | null;
}

export interface UserIdentityTable {
  issuer: string;
  subject: string;
  user_id: string;
  created_at: CreatedAt;
}

export interface LoginAttemptTable {
  id: Generated<number>;
  username: string;
  ip: string;
  succeeded: boolean;
  attempted_at: CreatedAt;
}

export interface ParticipantTable {
  id: Generated<string>;
  programme_id: string;
  fnr: string | null;
  given_name: string;
  family_name: string;
  referral_date: string;
  referral_source: string;
  referring_organisation_id: string;
  job_specialist_id: string | null;
  handle: string | null;
  treatment_team_id: string | null;
  restricted_at: Date | null;
  restriction_reason: string | null;
  erased_at: Date | null;
  track: Generated<string>;
  employed_at_referral: boolean | null;
  birth_date: string | null;
  stage: Generated<string>;
  stage_since: Generated<string>;
  phone: string | null;
  email: string | null;
  nav_adviser_id: string | null;
  clinician_id: string | null;
  /** Her postal address; never stored while she carries protection (a check refuses it). */
  address: string | null;
  protection: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface CandidateTable {
  id: Generated<string>;
  programme_id: string;
  team_id: string | null;
  handle: string;
  age_band: string;
  work_wish: string;
  note: string | null;
  raised_by: string;
  raised_at: CreatedAt;
  converted_participant_id: string | null;
  converted_at: Date | null;
}

export interface ConsentAttachmentTable {
  id: Generated<string>;
  participant_id: string;
  filename: string;
  media_type: string;
  content: Uint8Array | null;
  uploaded_by: string;
  uploaded_at: CreatedAt;
}

export interface ConsentRecipientJson {
  organisationId: string;
  role: string | null;
}

export interface ConsentTable {
  id: string;
  version: number;
  participant_id: string;
  status: 'active' | 'withdrawn';
  change: 'given' | 'renewed' | 'withdrawn' | 'withdrawn_partly';
  categories: Json<string[]>;
  recipients: Json<ConsentRecipientJson[]>;
  purpose: string;
  given_how: 'written' | 'oral';
  given_at: string;
  valid_from: string;
  valid_to: string | null;
  attachment_id: string | null;
  recorded_by: string | null;
  recorded_by_participant: Generated<boolean>;
  recorded_at: CreatedAt;
}

export interface CaseNoteTable {
  id: Generated<string>;
  participant_id: string;
  category: string;
  body: string;
  author_id: string;
  created_at: CreatedAt;
}

export interface TeamMeetingTable {
  id: Generated<string>;
  programme_id: string;
  team_id: string;
  meeting_date: string;
  created_by: string;
  created_at: CreatedAt;
}

export interface MeetingAttendeeTable {
  meeting_id: string;
  user_id: string;
  attended: boolean;
}

export interface MeetingItemTable {
  id: Generated<string>;
  meeting_id: string;
  ordinal: number;
  candidate_id: string | null;
  participant_id: string | null;
  decision: string | null;
  follow_up: string | null;
}

export interface BreakGlassTable {
  id: Generated<string>;
  participant_id: string;
  user_id: string;
  programme_id: string;
  reason: string;
  opened_at: CreatedAt;
  expires_at: Date;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  review_note: string | null;
}

export interface AuditEventTable {
  id: Generated<number>;
  occurred_at: CreatedAt;
  actor_user_id: string | null;
  actor_name: string;
  actor_organisation_id: string | null;
  actor_role: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  participant_id: string | null;
  programme_id: string | null;
  purpose: string;
  legal_basis: string | null;
  decision: 'allow' | 'deny';
  reason: string;
  request_id: string | null;
  details: JsonObject;
}

export interface AuditPendingTable {
  event_id: number;
}

export interface AuditChainTable {
  seq: number;
  event_id: number;
  prev_hash: string;
  hash: string;
  sealed_at: CreatedAt;
}

export interface StageTransitionTable {
  id: Generated<string>;
  participant_id: string;
  stage: string;
  effective_date: string;
  discharge_reason: string | null;
  note: string | null;
  recorded_by: string | null;
  recorded_at: CreatedAt;
}

export interface CaseworkDocumentTable {
  participant_id: string;
  kind: 'career_profile' | 'support_plan';
  version: number;
  content: Json<Record<string, unknown>>;
  source: Generated<'manual' | 'job_experience'>;
  job_id: string | null;
  recorded_by: string | null;
  recorded_at: CreatedAt;
}

export interface ParticipantBenefitTable {
  id: Generated<string>;
  participant_id: string;
  benefit: string;
  monthly_amount: number | null;
  from_date: string;
  to_date: string | null;
  recorded_by: string | null;
  recorded_at: CreatedAt;
}

export interface BenefitsPlanTable {
  id: Generated<string>;
  participant_id: string;
  plan_date: string;
  hours_per_week: number;
  hourly_wage: number;
  inputs: Json<Record<string, unknown>>;
  effect: Json<Record<string, unknown>>;
  model_version: string;
  note: string | null;
  recorded_by: string | null;
  recorded_at: CreatedAt;
}

export interface EmployerTable {
  id: Generated<string>;
  programme_id: string;
  org_number: string;
  name: string;
  industry: string | null;
  location: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface EmployerContactPersonTable {
  id: Generated<string>;
  employer_id: string;
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  created_at: CreatedAt;
}

export interface EmployerContactTable {
  id: Generated<string>;
  programme_id: string;
  employer_id: string;
  job_specialist_id: string;
  participant_id: string | null;
  contact_person_id: string | null;
  contact_date: string;
  face_to_face: boolean;
  outcome: string;
  matches_preferences: boolean | null;
  next_step: string | null;
  next_step_date: string | null;
  note: string | null;
  recorded_at: CreatedAt;
}

export interface JobTable {
  id: Generated<string>;
  participant_id: string;
  employer_id: string;
  title: string;
  occupation: string | null;
  employment_type: string;
  wage_type: string;
  hours_per_week: number;
  start_date: string;
  end_date: string | null;
  end_reason: string | null;
  recorded_by: string | null;
  recorded_at: CreatedAt;
}

export interface ParticipantContactTable {
  id: Generated<string>;
  participant_id: string;
  job_id: string | null;
  contact_date: string;
  counterpart: string;
  mode: string;
  outcome: string;
  category: string;
  note: string | null;
  next_step: string | null;
  next_step_date: string | null;
  recorded_by: string | null;
  recorded_at: CreatedAt;
}

export interface ActivityEntryTable {
  id: Generated<string>;
  user_id: string;
  programme_id: string;
  entry_date: string;
  place: string;
  activity: string;
  minutes: number;
  note: string | null;
  recorded_at: CreatedAt;
}

export interface SpecialistEmploymentTable {
  id: Generated<string>;
  user_id: string;
  programme_id: string;
  start_date: string;
  end_date: string | null;
  fte: number;
  end_reason: string | null;
  recorded_by: string | null;
  recorded_at: CreatedAt;
}

export interface CodeEntryTable {
  list: string;
  code: string;
  label_nb: string;
  label_en: string;
  active: Generated<boolean>;
  updated_by: string | null;
  updated_at: Timestamp;
}

/** A correction or void of a saved entry (migration 0006): versions are added, never changed. */
export interface RecordCorrectionTable {
  id: Generated<string>;
  participant_id: string | null;
  programme_id: string;
  record_type: string;
  record_id: string;
  version: number;
  kind: 'correct' | 'void';
  category: string | null;
  new_values: ColumnType<Record<string, unknown> | null, string | null, never>;
  reason: string;
  corrected_by: string;
  corrected_at: CreatedAt;
}

export interface RegionTable {
  id: string;
  name: string;
}

/** Additive outcome counts (src/domain/outcomes/counts.ts) of one programme or cut, per period. */
export interface OutcomeProgrammeCountsTable {
  programme_id: string;
  period: string;
  cut: string;
  counts: Json<unknown>;
}

export interface OutcomeSpecialistCountsTable {
  programme_id: string;
  specialist_id: string;
  period: string;
  counts: Json<unknown>;
}

export interface OutcomeDirtyTable {
  programme_id: string;
  mark: number;
  marked_at: CreatedAt;
}

export interface OutcomeFreshnessTable {
  programme_id: string;
  refreshed_at: Date;
  as_of: string;
}

/** A research project (0013): its approval, legal basis, the data it may take, and its key. */
export interface ResearchProjectTable {
  id: Generated<string>;
  code: string;
  title: string;
  institution: string;
  approval_kind: string;
  approval_reference: string;
  approved_from: string;
  approved_until: string;
  legal_basis: string;
  data_tables: string[];
  date_handling: string;
  programme_ids: string[];
  hash_key: Uint8Array;
  created_at: CreatedAt;
}

export interface ResearchProjectResearcherTable {
  project_id: string;
  user_id: string;
}

export interface ResearchConsentTable {
  project_id: string;
  participant_id: string;
  given_on: string;
  withdrawn_on: string | null;
}

export interface ResearchExtractTable {
  id: Generated<string>;
  project_id: string;
  made_at: CreatedAt;
  /** The display name the extract was made under, kept as it was. */
  made_by: string;
  /** The user who made it; null for the system actor and for extracts made before migration 0018. */
  made_by_id: string | null;
  row_counts: Json<Record<string, number>>;
}

export interface GuidanceReportTable {
  id: Generated<string>;
  participant_id: string;
  kind: string;
  period_from: string;
  period_to: string;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface GuidanceReportVersionTable {
  report_id: string;
  version: number;
  state: string;
  content: Json<Record<string, unknown>>;
  recorded_by: string | null;
  recorded_at: CreatedAt;
}

export interface GuidanceReportCommentTable {
  id: Generated<string>;
  report_id: string;
  participant_id: string;
  version: number;
  body: string;
  created_at: CreatedAt;
}

export interface GuidanceReportDeliveryTable {
  id: Generated<string>;
  report_id: string;
  participant_id: string;
  external_reference: string;
  status: string;
  journalpost_id: string | null;
  message: string | null;
  attempted_by: string | null;
  attempted_at: CreatedAt;
}

export interface PlannedMeetingTable {
  id: Generated<string>;
  participant_id: string;
  starts_at: Date;
  place: string;
  recorded_by: string | null;
  recorded_at: CreatedAt;
}

export interface SmsPreferenceTable {
  id: Generated<string>;
  participant_id: string;
  opted_out: boolean;
  recorded_by: string | null;
  recorded_at: CreatedAt;
}

export interface SmsReminderTable {
  meeting_id: string;
  participant_id: string;
  status: string;
  reason: string | null;
  decided_at: CreatedAt;
}

export interface QuestionnaireTable {
  id: Generated<string>;
  title: string;
  created_by: string;
  created_at: CreatedAt;
}

export interface QuestionnaireVersionTable {
  id: Generated<string>;
  questionnaire_id: string;
  version: number;
  sections: Json<unknown[]>;
  created_at: CreatedAt;
}

export interface SurveyTable {
  id: Generated<string>;
  questionnaire_version_id: string;
  title: string;
  anonymity: 'anonymous' | 'pseudonymous';
  opens_on: string;
  closes_on: string;
  pseudonym_key: string;
  owner_id: string;
  created_at: CreatedAt;
}

export interface SurveyProgrammeTable {
  survey_id: string;
  programme_id: string;
}

export interface SurveyLinkTable {
  id: Generated<string>;
  survey_id: string;
  programme_id: string;
  user_id: string;
  token_hash: string;
  sent_at: CreatedAt;
  used_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface SurveyResponseTable {
  id: Generated<string>;
  survey_id: string;
  programme_id: string;
  respondent_pseudonym: string | null;
  answers: Json<Record<string, unknown>>;
}

export interface Schema extends FidelitySchema {
  organisation: OrganisationTable;
  programme: ProgrammeTable;
  programme_organisation: ProgrammeOrganisationTable;
  team: TeamTable;
  app_user: AppUserTable;
  team_member: TeamMemberTable;
  user_session: UserSessionTable;
  session_epoch: SessionEpochTable;
  user_identity: UserIdentityTable;
  login_attempt: LoginAttemptTable;
  participant: ParticipantTable;
  candidate: CandidateTable;
  consent_attachment: ConsentAttachmentTable;
  consent: ConsentTable;
  consent_current: ConsentTable;
  case_note: CaseNoteTable;
  team_meeting: TeamMeetingTable;
  meeting_attendee: MeetingAttendeeTable;
  meeting_item: MeetingItemTable;
  break_glass: BreakGlassTable;
  audit_event: AuditEventTable;
  audit_pending: AuditPendingTable;
  audit_chain: AuditChainTable;
  stage_transition: StageTransitionTable;
  casework_document: CaseworkDocumentTable;
  participant_benefit: ParticipantBenefitTable;
  benefits_plan: BenefitsPlanTable;
  employer: EmployerTable;
  employer_contact_person: EmployerContactPersonTable;
  employer_contact: EmployerContactTable;
  job: JobTable;
  participant_contact: ParticipantContactTable;
  activity_entry: ActivityEntryTable;
  specialist_employment: SpecialistEmploymentTable;
  code_entry: CodeEntryTable;
  record_correction: RecordCorrectionTable;
  /** The current version of each entry: corrections laid over, voided entries left out (0006). */
  participant_contact_current: ParticipantContactTable;
  job_current: JobTable;
  stage_transition_current: StageTransitionTable;
  participant_benefit_current: ParticipantBenefitTable;
  activity_entry_current: ActivityEntryTable;
  case_note_current: CaseNoteTable;
  region: RegionTable;
  outcome_programme_counts: OutcomeProgrammeCountsTable;
  outcome_specialist_counts: OutcomeSpecialistCountsTable;
  outcome_dirty: OutcomeDirtyTable;
  outcome_freshness: OutcomeFreshnessTable;
  research_project: ResearchProjectTable;
  research_project_researcher: ResearchProjectResearcherTable;
  research_consent: ResearchConsentTable;
  research_extract: ResearchExtractTable;
  guidance_report: GuidanceReportTable;
  guidance_report_version: GuidanceReportVersionTable;
  guidance_report_comment: GuidanceReportCommentTable;
  guidance_report_delivery: GuidanceReportDeliveryTable;
  planned_meeting: PlannedMeetingTable;
  sms_preference: SmsPreferenceTable;
  sms_reminder: SmsReminderTable;
  questionnaire: QuestionnaireTable;
  questionnaire_version: QuestionnaireVersionTable;
  survey: SurveyTable;
  survey_programme: SurveyProgrammeTable;
  survey_link: SurveyLinkTable;
  survey_response: SurveyResponseTable;
}
