-- Foundation: organisations, programmes, teams, users, sessions, participants, and the audit log.
-- Runs unchanged on PostgreSQL and PGlite. Times are timestamptz with millisecond precision, so a value
-- read back in JavaScript is exactly the stored one (the audit hash depends on it).

create table organisation (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(name) between 1 and 200),
  kind text not null check (kind in
    ('nav_office', 'health_trust_unit', 'municipality', 'ips_resource_centre', 'research_project')),
  unit_type text check (unit_type in ('dps', 'act_team', 'fact_team', 'addiction_service')),
  created_at timestamptz(3) not null default now(),
  check (unit_type is null or kind = 'health_trust_unit')
);

create table programme (
  id uuid primary key default gen_random_uuid(),
  name text not null unique check (length(name) between 1 and 200),
  region text not null,
  legal_model text not null default 'consent_based' check (legal_model in ('consent_based', 'integrated')),
  created_at timestamptz(3) not null default now()
);

create table programme_organisation (
  programme_id uuid not null references programme(id),
  organisation_id uuid not null references organisation(id),
  primary key (programme_id, organisation_id)
);

create table team (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references programme(id),
  name text not null,
  kind text not null check (kind in ('ips_unit', 'treatment_team')),
  organisation_id uuid references organisation(id),
  created_at timestamptz(3) not null default now()
);

create table app_user (
  id uuid primary key default gen_random_uuid(),
  username text not null unique check (username ~ '^[a-z0-9._-]{3,64}$'),
  display_name text not null check (length(display_name) between 1 and 200),
  password_hash text not null,
  role text not null check (role in ('job_specialist', 'supervisor', 'clinician', 'nav_adviser', 'reviewer',
    'programme_manager', 'researcher', 'participant', 'admin')),
  organisation_id uuid not null references organisation(id),
  programme_id uuid references programme(id),
  active boolean not null default true,
  created_at timestamptz(3) not null default now()
);

create table team_member (
  team_id uuid not null references team(id),
  user_id uuid not null references app_user(id),
  primary key (team_id, user_id)
);

create table user_session (
  id_hash text primary key,
  user_id uuid not null references app_user(id),
  created_at timestamptz(3) not null default now(),
  last_seen_at timestamptz(3) not null default now(),
  expires_at timestamptz(3) not null
);
create index user_session_user on user_session (user_id);

create table login_attempt (
  id bigserial primary key,
  username text not null,
  ip text not null,
  succeeded boolean not null,
  attempted_at timestamptz(3) not null default now()
);
create index login_attempt_recent on login_attempt (username, attempted_at);

-- No exclusion field of any kind: eligibility is the person's own wish (IPS principle 2).
create table participant (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references programme(id),
  fnr text not null check (fnr ~ '^[0-9]{11}$'),
  given_name text not null check (length(given_name) between 1 and 100),
  family_name text not null check (length(family_name) between 1 and 100),
  referral_date date not null,
  referral_source text not null check (referral_source in ('clinician', 'nav', 'municipality', 'self', 'other')),
  referring_organisation_id uuid not null references organisation(id),
  job_specialist_id uuid references app_user(id),
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  version integer not null default 1,
  unique (programme_id, fnr)
);
create index participant_job_specialist on participant (job_specialist_id);
create index participant_programme on participant (programme_id);

-- The audit log: one row per decision about a subject, allowed or denied, written in the request's
-- transaction. audit_chain links events by hash after commit, in the order a single sealer assigns.
create table audit_event (
  id bigserial primary key,
  occurred_at timestamptz(3) not null default now(),
  actor_user_id uuid,
  actor_name text not null,
  actor_organisation_id uuid,
  actor_role text,
  action text not null check (action in
    ('read', 'list', 'create', 'update', 'delete', 'export', 'login', 'login_failed', 'logout', 'system')),
  subject_type text not null,
  subject_id text,
  participant_id uuid,
  programme_id uuid,
  purpose text not null,
  legal_basis text,
  decision text not null check (decision in ('allow', 'deny')),
  reason text not null,
  request_id text,
  details jsonb not null default '{}'
);
create index audit_event_participant on audit_event (participant_id, occurred_at) where participant_id is not null;

create table audit_pending (
  event_id bigint primary key references audit_event(id)
);

create table audit_chain (
  seq bigint primary key,
  event_id bigint not null unique references audit_event(id),
  prev_hash text not null,
  hash text not null,
  sealed_at timestamptz(3) not null default now()
);

create function audit_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'the audit log is append-only: % on % is refused', tg_op, tg_table_name
    using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_append_only before update or delete on audit_event
  for each row execute function audit_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
  for each statement execute function audit_append_only();
create trigger audit_chain_append_only before update or delete on audit_chain
  for each row execute function audit_append_only();
create trigger audit_chain_no_truncate before truncate on audit_chain
  for each statement execute function audit_append_only();
