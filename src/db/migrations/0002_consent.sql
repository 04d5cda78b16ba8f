-- Consent-gated cooperation: anonymous candidates, versioned consents, the job specialist's own record
-- (case notes), team meetings, break-the-glass, and the participant's rights (restriction, erasure).

-- The organisation that holds the programme's IPS record (employs its job specialists and supervisor).
alter table programme add column host_organisation_id uuid references organisation(id);
-- Hands out pseudonymous handles (K-1, K-2, ...) per programme; never reused.
alter table programme add column next_handle integer not null default 1;

alter table participant alter column fnr drop not null;
alter table participant add column handle text;
alter table participant add column treatment_team_id uuid references team(id);
alter table participant add column restricted_at timestamptz(3);
alter table participant add column restriction_reason text;
alter table participant add column erased_at timestamptz(3);
-- Erasure (GDPR Art. 17) keeps a tombstone row: identity gone, id kept for the audit chain.
alter table participant add constraint participant_erased_has_no_identity
  check (erased_at is null or fnr is null);
alter table participant add constraint participant_identity_until_erased
  check (erased_at is not null or fnr is not null);

-- A participant who signs in sees only their own record (role 'participant').
alter table app_user add column participant_id uuid references participant(id);
alter table app_user add constraint app_user_participant_role
  check ((role = 'participant') = (participant_id is not null));

-- Raised in a team meeting before consent: nothing that identifies the person can be stored here.
create table candidate (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references programme(id),
  team_id uuid references team(id),
  handle text not null,
  age_band text not null check (age_band in ('16_20', '21_25', '26_30', '31_40', '41_50', '51_67')),
  work_wish text not null check (work_wish in
    ('ordinary_work', 'education', 'part_time', 'return_to_trade', 'first_job', 'explore')),
  note text check (length(note) <= 500),
  raised_by uuid not null references app_user(id),
  raised_at timestamptz(3) not null default now(),
  converted_participant_id uuid unique references participant(id),
  converted_at timestamptz(3),
  unique (programme_id, handle)
);
create index candidate_unconverted on candidate (raised_at) where converted_participant_id is null;

create table consent_attachment (
  id uuid primary key default gen_random_uuid(),
  participant_id uuid not null references participant(id),
  filename text not null check (length(filename) between 1 and 200),
  media_type text not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
  content bytea,
  uploaded_by uuid not null references app_user(id),
  uploaded_at timestamptz(3) not null default now()
);

-- One row per version: a change (renewal, withdrawal) adds a version; no version is ever changed.
create table consent (
  id uuid not null,
  version integer not null check (version >= 1),
  participant_id uuid not null references participant(id),
  status text not null check (status in ('active', 'withdrawn')),
  change text not null check (change in ('given', 'renewed', 'withdrawn', 'withdrawn_partly')),
  categories jsonb not null,
  recipients jsonb not null,
  purpose text not null,
  given_how text not null check (given_how in ('written', 'oral')),
  given_at date not null,
  valid_from date not null,
  valid_to date,
  attachment_id uuid references consent_attachment(id),
  recorded_by uuid references app_user(id),
  recorded_by_participant boolean not null default false,
  recorded_at timestamptz(3) not null default now(),
  primary key (id, version),
  check (valid_to is null or valid_to >= valid_from)
);
create index consent_participant on consent (participant_id, id, version);

create view consent_current as
  select distinct on (id) * from consent order by id, version desc;

create function consent_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'consent versions are never changed: add a version instead (% refused)', tg_op
    using errcode = 'insufficient_privilege';
end;
$$;
create trigger consent_append_only before update on consent
  for each row execute function consent_append_only();

-- The job specialist's own record: never a patient journal, and no path writes to one.
create table case_note (
  id uuid primary key default gen_random_uuid(),
  participant_id uuid not null references participant(id),
  category text not null check (category in
    ('work_health', 'team_discussion', 'benefit_status', 'job_plan', 'employer_contact')),
  body text not null check (length(body) between 1 and 4000),
  author_id uuid not null references app_user(id),
  created_at timestamptz(3) not null default now()
);
create index case_note_participant on case_note (participant_id, created_at);

create table team_meeting (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references programme(id),
  team_id uuid not null references team(id),
  meeting_date date not null,
  created_by uuid not null references app_user(id),
  created_at timestamptz(3) not null default now()
);
create index team_meeting_programme on team_meeting (programme_id, meeting_date);

-- Attendance per person: the fidelity scale's organisation item 2 counts job specialists' attendance.
create table meeting_attendee (
  meeting_id uuid not null references team_meeting(id),
  user_id uuid not null references app_user(id),
  attended boolean not null,
  primary key (meeting_id, user_id)
);

create table meeting_item (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references team_meeting(id),
  ordinal integer not null,
  candidate_id uuid references candidate(id) on delete cascade,
  participant_id uuid references participant(id),
  decision text check (length(decision) <= 2000),
  follow_up text check (length(follow_up) <= 2000),
  check ((candidate_id is null) <> (participant_id is null)),
  unique (meeting_id, ordinal)
);
create index meeting_item_participant on meeting_item (participant_id) where participant_id is not null;
create index meeting_item_candidate on meeting_item (candidate_id) where candidate_id is not null;

create table break_glass (
  id uuid primary key default gen_random_uuid(),
  participant_id uuid not null references participant(id),
  user_id uuid not null references app_user(id),
  programme_id uuid not null references programme(id),
  reason text not null check (length(reason) between 10 and 1000),
  opened_at timestamptz(3) not null default now(),
  expires_at timestamptz(3) not null,
  reviewed_by uuid references app_user(id),
  reviewed_at timestamptz(3),
  review_note text
);
create index break_glass_open on break_glass (participant_id, user_id, expires_at);
create index break_glass_unreviewed on break_glass (programme_id, opened_at) where reviewed_at is null;

-- The access log reads a participant's events newest first, a page at a time.
drop index audit_event_participant;
create index audit_event_participant_log on audit_event (participant_id, occurred_at desc, id desc)
  where participant_id is not null;

alter table audit_event drop constraint audit_event_action_check;
alter table audit_event add constraint audit_event_action_check check (action in
  ('read', 'list', 'create', 'update', 'delete', 'export', 'login', 'login_failed', 'logout', 'system',
   'withdraw', 'break_glass', 'review', 'erase', 'restrict'));
