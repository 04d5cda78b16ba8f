-- Job-specialist surveys (IPSNOR, seed 000: many job specialists quit early). A questionnaire is
-- versioned: a survey sends one frozen version to the job specialists of chosen programmes. Each
-- specialist gets a personal link whose random token is stored only as its SHA-256 hash (hex) and is used
-- once. Responses carry no user: in an anonymous survey nothing links them to anyone; in a
-- pseudonymous one a keyed hash (HMAC with the survey's own key) lets a research project follow one
-- respondent's answers within the survey without knowing who she is. Results leave only as
-- aggregates with k respondents per cell (src/domain/outcomes/suppression.ts).

create table questionnaire (
  id uuid primary key default gen_random_uuid(),
  title text not null check (length(title) between 1 and 200),
  created_by uuid not null references app_user(id),
  created_at timestamptz(3) not null default now()
);

-- Sections and items (likert 1–5, single choice, multiple choice, free text) as validated by
-- src/domain/surveys/questionnaire.ts; a version is never changed once written.
create table questionnaire_version (
  id uuid primary key default gen_random_uuid(),
  questionnaire_id uuid not null references questionnaire(id),
  version integer not null check (version >= 1),
  sections jsonb not null,
  created_at timestamptz(3) not null default now(),
  unique (questionnaire_id, version)
);

create table survey (
  id uuid primary key default gen_random_uuid(),
  questionnaire_version_id uuid not null references questionnaire_version(id),
  title text not null check (length(title) between 1 and 200),
  anonymity text not null check (anonymity in ('anonymous', 'pseudonymous')),
  opens_on date not null,
  closes_on date not null,
  -- The key of the pseudonyms of this survey's respondents; never leaves the database.
  pseudonym_key text not null check (pseudonym_key ~ '^[0-9a-f]{64}$'),
  owner_id uuid not null references app_user(id),
  created_at timestamptz(3) not null default now(),
  check (closes_on >= opens_on)
);

create table survey_programme (
  survey_id uuid not null references survey(id),
  programme_id uuid not null references programme(id),
  primary key (survey_id, programme_id)
);

-- One personal link per job specialist and programme; used_at tells the reminders who has not
-- answered, never what anyone answered (the response row holds no link and no time).
create table survey_link (
  id uuid primary key default gen_random_uuid(),
  survey_id uuid not null references survey(id),
  programme_id uuid not null references programme(id),
  user_id uuid not null references app_user(id),
  token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  sent_at timestamptz(3) not null default now(),
  used_at timestamptz(3),
  unique (survey_id, programme_id, user_id)
);

create table survey_response (
  id uuid primary key default gen_random_uuid(),
  survey_id uuid not null references survey(id),
  programme_id uuid not null references programme(id),
  respondent_pseudonym text check (respondent_pseudonym ~ '^[0-9a-f]{64}$'),
  answers jsonb not null
);
create index survey_response_survey on survey_response (survey_id, programme_id);
