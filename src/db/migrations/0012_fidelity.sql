-- Fidelity reviews with the IPS-25 scale (src/domain/fidelity). A review of one programme for a
-- period keeps the scale version it was rated on, so a later edition never changes what its ratings
-- mean. Reviewers come from a resource centre; each rates alone, then they agree a consensus rating
-- per item, write recommendations and an action plan, and sign off. After sign-off only the action
-- plan's status changes (the programme updates it). Every table names staff, never a participant.

create table fidelity_review (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references programme(id),
  scale_version text not null check (scale_version ~ '^[a-z0-9-]{1,40}$'),
  period_from date not null,
  period_to date not null,
  -- The day of the review visit: action-plan items fall due after it.
  review_date date not null,
  created_by uuid not null references app_user(id),
  created_at timestamptz(3) not null default now(),
  signed_off_at timestamptz(3),
  signed_off_by uuid references app_user(id),
  check (period_to >= period_from),
  check ((signed_off_at is null) = (signed_off_by is null))
);
create index fidelity_review_programme on fidelity_review (programme_id, review_date desc);

create table fidelity_reviewer (
  review_id uuid not null references fidelity_review(id),
  reviewer_id uuid not null references app_user(id),
  submitted_at timestamptz(3),
  primary key (review_id, reviewer_id)
);
create index fidelity_reviewer_user on fidelity_reviewer (reviewer_id);

-- Each reviewer's own rating and evidence per item, hidden from the others until all have submitted.
create table fidelity_rating (
  review_id uuid not null,
  reviewer_id uuid not null,
  item_key text not null check (item_key ~ '^(staffing|organisation|services)-[0-9]{1,2}$'),
  rating smallint not null check (rating between 1 and 5),
  evidence text not null default '' check (length(evidence) <= 4000),
  updated_at timestamptz(3) not null default now(),
  primary key (review_id, reviewer_id, item_key),
  foreign key (review_id, reviewer_id) references fidelity_reviewer (review_id, reviewer_id)
);

create table fidelity_consensus (
  review_id uuid not null references fidelity_review(id),
  item_key text not null check (item_key ~ '^(staffing|organisation|services)-[0-9]{1,2}$'),
  rating smallint not null check (rating between 1 and 5),
  rationale text not null default '' check (length(rationale) <= 4000),
  decided_by uuid not null references app_user(id),
  decided_at timestamptz(3) not null default now(),
  primary key (review_id, item_key)
);

create table fidelity_recommendation (
  review_id uuid not null references fidelity_review(id),
  item_key text not null check (item_key ~ '^(staffing|organisation|services)-[0-9]{1,2}$'),
  body text not null check (length(body) between 1 and 4000),
  written_by uuid not null references app_user(id),
  updated_at timestamptz(3) not null default now(),
  primary key (review_id, item_key)
);

create table fidelity_action (
  id uuid primary key default gen_random_uuid(),
  review_id uuid not null references fidelity_review(id),
  item_key text check (item_key ~ '^(staffing|organisation|services)-[0-9]{1,2}$'),
  what text not null check (length(what) between 1 and 1000),
  owner text not null check (length(owner) between 1 and 200),
  due_date date not null,
  status text not null default 'planned' check (status in ('planned', 'in_progress', 'done')),
  created_by uuid not null references app_user(id),
  created_at timestamptz(3) not null default now(),
  updated_by uuid not null references app_user(id),
  updated_at timestamptz(3) not null default now()
);
create index fidelity_action_review on fidelity_action (review_id);

-- The programme lead's time-limited permission for the reviewers of one review to read a sample of
-- participant records (chart review). Every read under it is audited like any record read.
create table fidelity_chart_grant (
  id uuid primary key default gen_random_uuid(),
  review_id uuid not null references fidelity_review(id),
  granted_by uuid not null references app_user(id),
  granted_at timestamptz(3) not null default now(),
  expires_at timestamptz(3) not null,
  check (expires_at > granted_at)
);
create index fidelity_chart_grant_review on fidelity_chart_grant (review_id, expires_at desc);
