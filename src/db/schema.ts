import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | undefined, never>;
type Timestamp = ColumnType<Date, Date | undefined, Date>;
type JsonObject = ColumnType<Record<string, unknown>, string | undefined, never>;

export interface OrganisationTable {
  id: Generated<string>;
  name: string;
  kind: string;
  unit_type: string | null;
  created_at: CreatedAt;
}

export interface ProgrammeTable {
  id: Generated<string>;
  name: string;
  region: string;
  legal_model: Generated<string>;
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
  password_hash: string;
  role: string;
  organisation_id: string;
  programme_id: string | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
}

export interface TeamMemberTable {
  team_id: string;
  user_id: string;
}

export interface UserSessionTable {
  id_hash: string;
  user_id: string;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Date;
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
  fnr: string;
  given_name: string;
  family_name: string;
  referral_date: string;
  referral_source: string;
  referring_organisation_id: string;
  job_specialist_id: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
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

export interface Schema {
  organisation: OrganisationTable;
  programme: ProgrammeTable;
  programme_organisation: ProgrammeOrganisationTable;
  team: TeamTable;
  app_user: AppUserTable;
  team_member: TeamMemberTable;
  user_session: UserSessionTable;
  login_attempt: LoginAttemptTable;
  participant: ParticipantTable;
  audit_event: AuditEventTable;
  audit_pending: AuditPendingTable;
  audit_chain: AuditChainTable;
}
