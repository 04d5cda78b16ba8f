import type {
  ActivityPlace,
  ContactCounterpart,
  ContactMode,
  ContactOutcome,
  EmploymentType,
  ReferralSource,
  Stage,
  Track,
} from '../code-lists.ts';

/**
 * What every outcome metric reads: one participant's casework as it stands now. The loader in
 * src/db gives only current versions (corrections applied, voided rows left out), so every figure is
 * computed from the corrected record. Dates are ISO `YYYY-MM-DD` strings, compared as text.
 */
export interface ParticipantHistory {
  participantId: string;
  programmeId: string;
  /** The job specialist the participant is assigned to now; figures per specialist attribute to her. */
  jobSpecialistId: string | null;
  track: Track;
  sex: 'female' | 'male';
  birthDate: string | null;
  referralDate: string;
  referralSource: ReferralSource;
  /** In paid work when referred: reported apart (job retention), left out of IPS Grow's denominator. */
  employedAtReferral: boolean | null;
  /** Every stage transition in effective-date order; a re-referral after discharge opens a new episode. */
  stages: readonly StageEvent[];
  jobs: readonly JobSpell[];
  employerContacts: readonly EmployerContactEvent[];
  contacts: readonly ContactEvent[];
}

export interface StageEvent {
  stage: Stage;
  date: string;
  /** Set exactly when stage is 'discharged'. */
  dischargeReason: string | null;
}

export interface JobSpell {
  jobId: string;
  employmentType: EmploymentType;
  wageType: string;
  hoursPerWeek: number;
  startDate: string;
  /** Null while the job is ongoing: tenure is censored at the report date. */
  endDate: string | null;
}

export interface EmployerContactEvent {
  date: string;
  faceToFace: boolean;
}

export interface ContactEvent {
  date: string;
  counterpart: ContactCounterpart;
  mode: ContactMode;
  outcome: ContactOutcome;
}

/** A job specialist's employment in a programme (workforce turnover, caseload per specialist). */
export interface SpecialistSpell {
  userId: string;
  programmeId: string;
  startDate: string;
  endDate: string | null;
  fte: number;
  endReason: string | null;
}

/** One activity-log entry (community-time share). */
export interface ActivityEvent {
  userId: string;
  programmeId: string;
  date: string;
  place: ActivityPlace;
  minutes: number;
}

/** A closed reporting period, both ends inclusive; quarters and years only where figures leave a programme. */
export interface Period {
  from: string;
  to: string;
}
