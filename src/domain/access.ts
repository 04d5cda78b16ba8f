import type { Actor } from './actor.ts';
import type { DataCategory, LegalBasis, LegalModel, Protection, Purpose } from './code-lists.ts';
import type { ConsentFacts, ConsentGap } from './consent.ts';
import type { ResearchLegalBasis } from './research/project.ts';

export type { Actor };

/**
 * What can be done to a participant's record. read/update/export are per data category; the rest
 * are acts on the record as a whole.
 */
export type ParticipantAction =
  | 'read'
  | 'update'
  | 'export'
  | 'manage_consent'
  | 'withdraw_consent'
  | 'read_access_log'
  | 'gdpr_export'
  | 'break_glass'
  | 'restrict'
  | 'erase'
  /** Casework records (stages, profile, benefits, jobs, contacts), per category: the record holders'. */
  | 'record_casework'
  | 'discharge'
  /** Handing the participant to another job specialist: the supervisor's. */
  | 'reassign'
  /** Correcting or voiding a saved entry (the request names who recorded it), per category. */
  | 'correct'
  /** The participant's own say: her comment on a report shared with her, her choice about SMS. */
  | 'respond';

export type Action = ParticipantAction | 'list' | 'create' | 'manage';

/** The facts about a participant the decision needs, loaded before deciding. */
export interface ParticipantFacts {
  type: 'participant';
  id: string;
  programmeId: string;
  jobSpecialistId: string | null;
  hostOrganisationId: string | null;
  treatmentTeamId: string | null;
  /** The organisation of the treatment team: what a consent must name for a team export. */
  treatmentTeamOrganisationId: string | null;
  legalModel: LegalModel;
  consents: readonly ConsentFacts[];
  restricted: boolean;
  erased: boolean;
  /** Protected address or skjerming: only the record holders (and she herself) reach the record. */
  protection: Protection | null;
  /** When this caller's open break-the-glass access ends, if they have one. */
  breakGlassUntil: Date | null;
  /**
   * Set only on a fidelity chart-review read: when the newest grant of the review the caller reviews
   * ends (null: the programme granted none). Any other read leaves it out, so a reviewer reads nothing.
   */
  chartReview?: { until: Date | null };
}

/** What the actor acts on, with the facts the decision needs. */
export type Subject =
  | ParticipantFacts
  | { type: 'caseload'; programmeId: string | null }
  | { type: 'new_participant'; programmeId: string | null }
  /** Anonymous candidates and team meetings of a programme. */
  | { type: 'cooperation'; programmeId: string | null }
  /** The programme's own settings (legal model) and the break-the-glass review list. */
  | { type: 'programme'; programmeId: string | null }
  /** Employers and employer contacts of a programme (job development). */
  | { type: 'job_development'; programmeId: string | null }
  /** One job specialist's own work: caseload page, tasks, activity log, weekly employer contacts. */
  | { type: 'specialist_work'; programmeId: string | null; specialistId: string }
  /** Job specialists' employment in the programme (start, end, FTE). */
  | { type: 'workforce'; programmeId: string | null }
  /** The code lists: anyone signed in reads them, an administrator changes them. */
  | { type: 'code_lists' }
  /** The programme's directory (organisations, teams, staff): no participant data. */
  | { type: 'directory'; programmeId: string | null }
  /** Meta-analysis of published trial counts the caller brings: no participant data at all. */
  | { type: 'meta_analysis' }
  /** A job-specialist survey (staff answers, aggregates only); ownerId null while it is being created. */
  | SurveySubject
  | OutcomeSubject
  | ResearchExtractSubject
  | FidelitySubject
  | FidelityIndicatorSubject;

export interface SurveySubject {
  type: 'survey';
  ownerId: string | null;
  /** The programmes it goes to, each with its region (null for an unknown programme). */
  programmes: readonly { id: string; regionId: string | null }[];
  /** The region of the caller's organisation (a resource centre's), loaded with the facts. */
  callerRegionId: string | null;
}

/**
 * A programme's live fidelity indicators (IPS-25 items measured from case data): counts for its
 * staff and for the fidelity reviewers of its region; the records behind them for its staff only.
 */
export interface FidelityIndicatorSubject {
  type: 'fidelity_indicators';
  programmeId: string;
  /** The programme's region: its reviewers come from that region's resource centre. */
  programmeRegionId: string | null;
  /** The region of the caller's organisation (a reviewer's resource centre), loaded with the facts. */
  callerRegionId: string | null;
  /** The records behind the values (which participants, which specialists), not only the counts. */
  records: boolean;
}

/**
 * A research project's pseudonymised extracts, with the project's researchers and legal basis
 * loaded as facts. Research reaches these only, never a participant's live record.
 */
export interface ResearchExtractSubject {
  type: 'research_extract';
  projectId: string;
  researcherIds: readonly string[];
  legalBasis: ResearchLegalBasis;
  /** The project's approval; when given, nothing is reached outside it (the day in Oslo). */
  approval?: { approvedFrom: string; approvedUntil: string };
  /** The programmes the project covers: their leads are its data stewards, who make its extracts. */
  programmeIds?: readonly string[];
}

/** The levels outcome figures are reported at, from one job specialist to the whole country. */
export const OUTCOME_LEVELS = ['specialist', 'team', 'programme', 'region', 'national'] as const;
export type OutcomeLevel = (typeof OUTCOME_LEVELS)[number];

/**
 * Outcome figures at one level: counts over participants, never a participant. Region and national
 * figures leave the programme and are published only with small cells suppressed.
 */
export interface OutcomeSubject {
  type: 'outcomes';
  level: OutcomeLevel;
  /** The programme reported on (specialist, team and programme levels). */
  programmeId: string | null;
  /** The job specialist reported on (specialist level). */
  specialistId?: string;
  /** The region reported on (region level). */
  regionId?: string;
  /** The region of the caller's organisation (a resource centre's), loaded with the facts. */
  callerRegionId?: string | null;
}

/** The parts of the fidelity work a request touches (src/domain/policy/fidelity-policy.ts). */
export type FidelityPart =
  /** The scale itself: no personal data. */
  | 'scale'
  /** A programme's reviews as a list, their trend; creating a review. */
  | 'reviews'
  /** One review with its reviewers' ratings, and everything they write into it. */
  | 'review'
  /** A signed-off review's report. */
  | 'report'
  /** The status of the action plan's items: the programme's to update. */
  | 'action_status'
  /** The chart-review permission for one review: the programme lead's to give. */
  | 'chart_grant'
  /** A region's programmes, fidelity beside outcomes. */
  | 'region';

/** Fidelity reviews of a programme: ratings of its practice by staff, never a participant's data. */
export interface FidelitySubject {
  type: 'fidelity';
  part: FidelityPart;
  /** The reviewed programme (null for the scale and the region view). */
  programmeId: string | null;
  /** The reviewed programme's region, or the region asked for. */
  regionId: string | null;
  /** The region of the caller's organisation (a resource centre's), loaded with the facts. */
  callerRegionId: string | null;
  /** The caller is one of the review's named reviewers. */
  reviewerOfReview: boolean;
  signedOff: boolean;
}

export type DenyReason =
  | 'unauthenticated'
  | 'role_not_permitted'
  | 'other_programme'
  | 'not_assigned'
  | 'no_programme'
  | 'admin_no_case_content'
  | 'not_own_record'
  | 'other_region'
  /** A reviewer sees the indicators' counts, never the records behind them. */
  | 'aggregate_only'
  | 'outside_supervision_scope'
  | 'processing_restricted'
  | 'not_project_researcher'
  | 'not_project_steward'
  | 'research_no_live_record'
  | 'approval_not_started'
  | 'approval_expired'
  | 'erased'
  | 'protected_identity'
  | 'reviewed_programme_staff'
  | 'not_reviewer_of_review'
  | 'review_not_signed_off'
  | 'no_chart_review_grant'
  | 'chart_review_grant_expired'
  | ConsentGap;

export type AllowReason =
  | 'assigned_job_specialist'
  | 'programme_supervisor'
  | 'programme_member'
  | 'programme_lead'
  | 'treatment_team_member'
  | 'consent'
  | 'own_record'
  | 'break_the_glass'
  | 'own_work'
  | 'system_administrator'
  | 'project_researcher'
  | 'project_data_steward'
  | 'signed_in'
  | 'fidelity_reviewer'
  | 'researcher'
  | 'system';

export type Decision =
  | { allow: true; reason: AllowReason; legalBasis: LegalBasis; scope?: 'own' | 'programme' }
  | { allow: false; reason: DenyReason };

export interface AccessRequest {
  actor: Actor;
  action: Action;
  subject: Subject;
  purpose: Purpose;
  /** The data category read, written or exported; identity when the action is on the whole record. */
  category?: DataCategory;
  /** The moment of the request: consent validity and break-the-glass expiry depend on it. */
  now: Date;
  /** For `correct`: who recorded the entry being corrected (null: the database, as the referral). */
  entryRecordedBy?: string | null;
}

/** How long a supervisor's break-the-glass access lasts unless configured otherwise. */
export const DEFAULT_BREAK_GLASS_MINUTES = 120;

export type PolicyFn = (request: AccessRequest) => Decision;

/** Everything a repository needs to know about the caller of one request. */
export interface AccessContext {
  actor: Actor;
  purpose: Purpose;
  requestId: string | null;
}
