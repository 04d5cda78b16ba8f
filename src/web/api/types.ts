/** Mirrors the HTTP contract of /api (camelCase JSON). Kept by hand until schema.d.ts is generated. */

export type Role =
  | 'job_specialist'
  | 'supervisor'
  | 'clinician'
  | 'nav_adviser'
  | 'reviewer'
  | 'programme_manager'
  | 'researcher'
  | 'participant'
  | 'admin';

export const REFERRAL_SOURCES = ['clinician', 'nav', 'municipality', 'self', 'other'] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];

export type OrganisationKind =
  | 'nav_office'
  | 'health_trust_unit'
  | 'municipality'
  | 'ips_resource_centre'
  | 'research_project';

export interface NamedRef {
  id: string;
  name: string;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  organisation: NamedRef;
  programme: NamedRef | null;
}

export interface Session {
  user: User;
  csrfToken: string;
}

export interface Organisation extends NamedRef {
  kind: OrganisationKind;
}

export interface JobSpecialist {
  id: string;
  displayName: string;
}

export interface ParticipantSummary {
  id: string;
  givenName: string;
  familyName: string;
  /** Calendar date, YYYY-MM-DD. */
  referralDate: string;
  referralSource: ReferralSource;
  referringOrganisation: NamedRef;
  jobSpecialist: JobSpecialist | null;
}

export interface Participant extends ParticipantSummary {
  fnr: string;
  programme: NamedRef;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ItemList<T> {
  items: T[];
}

export interface CreateParticipantBody {
  fnr: string;
  givenName: string;
  familyName: string;
  referralDate: string;
  referralSource: ReferralSource;
  referringOrganisationId: string;
  /** null registers the participant without a job specialist (e.g. until a supervisor assigns one). */
  jobSpecialistId: string | null;
}

export type UpdateParticipantBody = Partial<Omit<CreateParticipantBody, 'fnr'>> & { version: number };

export interface FieldError {
  path: string;
  message: string;
}

/** RFC 9457 problem details as sent by the API. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  code?: string;
  detail?: string;
  reason?: string;
  errors?: { path: string | (string | number)[]; message: string }[];
}
