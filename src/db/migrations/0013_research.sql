-- Research projects (IPSNOR and the like) and the pseudonymised extracts made for them. A project
-- rests on an approval (REK, or an exemption) that runs from one day to another, and on a legal
-- basis: each participant's consent, or approval under the health research act. It names the
-- tables it may take and how dates leave. Its key (HMAC-SHA-256) stays here and never in an extract,
-- so the same person has a different pseudonym in each project.
create table research_project (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (code ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
  title text not null check (length(title) between 1 and 300),
  institution text not null check (length(institution) between 1 and 200),
  approval_kind text not null check (approval_kind in ('rek', 'exemption')),
  approval_reference text not null check (length(approval_reference) between 1 and 100),
  approved_from date not null,
  approved_until date not null,
  legal_basis text not null check (legal_basis in ('consent', 'health_research_act')),
  data_tables text[] not null check (cardinality(data_tables) > 0
    and data_tables <@ array['participants', 'stages', 'jobs', 'contacts', 'discharges']),
  date_handling text not null check (date_handling in ('shift', 'month', 'quarter', 'year')),
  programme_ids uuid[] not null check (cardinality(programme_ids) > 0),
  hash_key bytea not null check (length(hash_key) = 32),
  created_at timestamptz(3) not null default now(),
  check (approved_from <= approved_until)
);

-- The researchers of a project (role researcher): they read its extracts and nothing else.
create table research_project_researcher (
  project_id uuid not null references research_project(id),
  user_id uuid not null references app_user(id),
  primary key (project_id, user_id)
);

-- A participant's consent to one project, for projects resting on consent; withdrawal is dated.
create table research_consent (
  project_id uuid not null references research_project(id),
  participant_id uuid not null references participant(id),
  given_on date not null,
  withdrawn_on date,
  primary key (project_id, participant_id),
  check (withdrawn_on is null or withdrawn_on >= given_on)
);
create index research_consent_participant on research_consent (participant_id);

-- Each extract made: when, by whom, and how many rows of each table (the files hold the rest).
create table research_extract (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references research_project(id),
  made_at timestamptz(3) not null default now(),
  made_by text not null,
  row_counts json not null
);
create index research_extract_project on research_extract (project_id, made_at);
