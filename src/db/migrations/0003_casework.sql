-- Casework: the participant's lifecycle, career profile, benefits counselling, employers and job
-- development, jobs typed by employment type, contacts and follow-along, the job specialist's
-- activity log and employment, and admin changes to code lists. Every fact is dated and kept:
-- outcome and fidelity reports compute from these rows.

-- Thresholds a programme may set (competitive hours, follow-along intervals, anchors); defaults in
-- src/domain/casework-settings.ts, only the programme's own choices are stored.
alter table programme add column casework_settings jsonb not null default '{}';

alter table participant add column track text not null default 'standard'
  check (track in ('standard', 'ips_ung'));
-- The IPS Grow employment rate counts only those out of work at referral.
alter table participant add column employed_at_referral boolean;
alter table participant add column birth_date date;
-- The current stage: a copy of the newest stage_transition, kept in the same transaction.
alter table participant add column stage text not null default 'referred'
  check (stage in ('referred', 'first_meeting', 'career_profile', 'job_search', 'in_work', 'paused',
    'discharged'));
alter table participant add column stage_since date;

-- Birth date from the fødselsnummer (D-numbers add 40 to the day, NAV and Tenor test numbers 40 or
-- 80 to the month; the century follows from the individual number).
create function birth_date_of(fnr text) returns date language sql immutable as $$
  select make_date(
    case
      when substr(fnr, 7, 3)::int < 500 then 1900
      when substr(fnr, 7, 3)::int >= 900 and substr(fnr, 5, 2)::int >= 40 then 1900
      when substr(fnr, 5, 2)::int < 40 then 2000
      else 1800
    end + substr(fnr, 5, 2)::int,
    substr(fnr, 3, 2)::int % 40,
    substr(fnr, 1, 2)::int % 40)
$$;
update participant set birth_date = birth_date_of(fnr) where fnr is not null;
update participant set stage_since = referral_date;
alter table participant alter column stage_since set not null;

create function versions_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'versions are never changed: add a version instead (% on % refused)', tg_op, tg_table_name
    using errcode = 'insufficient_privilege';
end;
$$;

-- Referral → first meeting → career profile → job search → in work → discharge; pauses and re-entry.
create table stage_transition (
  id uuid primary key default gen_random_uuid(),
  participant_id uuid not null references participant(id),
  stage text not null check (stage in ('referred', 'first_meeting', 'career_profile', 'job_search',
    'in_work', 'paused', 'discharged')),
  effective_date date not null,
  discharge_reason text,
  note text check (length(note) <= 1000),
  recorded_by uuid references app_user(id),
  recorded_at timestamptz(3) not null default now(),
  check ((stage = 'discharged') = (discharge_reason is not null))
);
create index stage_transition_participant on stage_transition (participant_id, effective_date, recorded_at);
insert into stage_transition (participant_id, stage, effective_date)
  select id, 'referred', referral_date from participant;

-- Every way a participant is created (referral, candidate conversion, demo data) gets its birth
-- date and its first stage, the referral, here.
create function participant_referred() returns trigger language plpgsql as $$
begin
  if tg_when = 'BEFORE' then
    new.stage_since := coalesce(new.stage_since, new.referral_date);
    new.birth_date := coalesce(new.birth_date, birth_date_of(new.fnr));
    return new;
  end if;
  insert into stage_transition (participant_id, stage, effective_date) values (new.id, new.stage, new.stage_since);
  return null;
end;
$$;
create trigger participant_birth_and_stage before insert on participant
  for each row execute function participant_referred();
create trigger participant_first_stage after insert on participant
  for each row execute function participant_referred();

-- Versioned documents: the career profile (karriereprofil) and the follow-along plan of supports.
create table casework_document (
  participant_id uuid not null references participant(id),
  kind text not null check (kind in ('career_profile', 'support_plan')),
  version integer not null check (version >= 1),
  content jsonb not null,
  source text not null default 'manual' check (source in ('manual', 'job_experience')),
  job_id uuid,
  recorded_by uuid references app_user(id),
  recorded_at timestamptz(3) not null default now(),
  primary key (participant_id, kind, version)
);
create trigger casework_document_append_only before update on casework_document
  for each row execute function versions_append_only();

-- Benefits the participant receives now (codes from the benefit_types list).
create table participant_benefit (
  id uuid primary key default gen_random_uuid(),
  participant_id uuid not null references participant(id),
  benefit text not null,
  monthly_amount integer check (monthly_amount between 0 and 1000000),
  from_date date not null,
  to_date date,
  recorded_by uuid references app_user(id),
  recorded_at timestamptz(3) not null default now(),
  check (to_date is null or to_date >= from_date)
);
create index participant_benefit_participant on participant_benefit (participant_id);

-- A dated benefits plan: the inputs and the calculated effect, as shown (guidance, not a decision).
create table benefits_plan (
  id uuid primary key default gen_random_uuid(),
  participant_id uuid not null references participant(id),
  plan_date date not null,
  hours_per_week numeric(4, 1) not null check (hours_per_week between 0 and 75),
  hourly_wage numeric(8, 2) not null check (hourly_wage between 0 and 10000),
  inputs jsonb not null,
  effect jsonb not null,
  model_version text not null,
  note text check (length(note) <= 2000),
  recorded_by uuid references app_user(id),
  recorded_at timestamptz(3) not null default now()
);
create index benefits_plan_participant on benefits_plan (participant_id, plan_date);

-- Job development: employers (organisasjonsnummer, mod-11) and their contact persons.
create table employer (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references programme(id),
  org_number text not null check (org_number ~ '^[0-9]{9}$'),
  name text not null check (length(name) between 1 and 200),
  industry text,
  location text check (length(location) <= 200),
  created_by uuid references app_user(id),
  created_at timestamptz(3) not null default now(),
  unique (programme_id, org_number)
);

create table employer_contact_person (
  id uuid primary key default gen_random_uuid(),
  employer_id uuid not null references employer(id),
  name text not null check (length(name) between 1 and 200),
  title text check (length(title) <= 200),
  phone text check (length(phone) <= 40),
  email text check (length(email) <= 200),
  created_at timestamptz(3) not null default now()
);
create index employer_contact_person_employer on employer_contact_person (employer_id);

-- Every contact with an employer, general or for one participant (then it is that participant's data).
create table employer_contact (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references programme(id),
  employer_id uuid not null references employer(id),
  job_specialist_id uuid not null references app_user(id),
  participant_id uuid references participant(id),
  contact_person_id uuid references employer_contact_person(id),
  contact_date date not null,
  face_to_face boolean not null,
  outcome text not null,
  matches_preferences boolean,
  next_step text check (length(next_step) <= 500),
  next_step_date date,
  note text check (length(note) <= 2000),
  recorded_at timestamptz(3) not null default now()
);
create index employer_contact_specialist on employer_contact (job_specialist_id, contact_date);
create index employer_contact_participant on employer_contact (participant_id, contact_date)
  where participant_id is not null;
create index employer_contact_employer on employer_contact (employer_id, contact_date);

-- Each job a participant holds. Only ordinary competitive work (with or without wage subsidy) of at
-- least the programme's hours threshold is a competitive job (src/domain/employment.ts).
create table job (
  id uuid primary key default gen_random_uuid(),
  participant_id uuid not null references participant(id),
  employer_id uuid not null references employer(id),
  title text not null check (length(title) between 1 and 200),
  occupation text,
  employment_type text not null check (employment_type in ('ordinary_competitive',
    'competitive_wage_subsidy', 'work_practice', 'sheltered_vta', 'volunteering', 'education')),
  wage_type text not null,
  hours_per_week numeric(4, 1) not null check (hours_per_week between 0 and 75),
  start_date date not null,
  end_date date,
  end_reason text,
  recorded_by uuid references app_user(id),
  recorded_at timestamptz(3) not null default now(),
  check (end_date is null or end_date >= start_date),
  check ((end_date is null) = (end_reason is null))
);
create index job_participant on job (participant_id, start_date);
create index job_employer on job (employer_id);

-- Contacts about a participant: with them, their employer, the treatment team, NAV or their network;
-- an outreach attempt that did not reach them is a contact too (no discharge for missed meetings).
create table participant_contact (
  id uuid primary key default gen_random_uuid(),
  participant_id uuid not null references participant(id),
  job_id uuid references job(id),
  contact_date date not null,
  counterpart text not null check (counterpart in ('participant', 'employer', 'treatment_team', 'nav',
    'network')),
  mode text not null check (mode in ('face_to_face', 'phone', 'video', 'message')),
  outcome text not null check (outcome in ('held', 'outreach_attempt', 'no_show')),
  category text not null,
  note text check (length(note) <= 2000),
  next_step text check (length(next_step) <= 500),
  next_step_date date,
  recorded_by uuid references app_user(id),
  recorded_at timestamptz(3) not null default now()
);
create index participant_contact_participant on participant_contact (participant_id, contact_date);

-- The job specialist's time, by place and activity: community share for fidelity services item 13.
create table activity_entry (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references app_user(id),
  programme_id uuid not null references programme(id),
  entry_date date not null,
  place text not null check (place in ('community', 'office', 'team_meeting', 'travel')),
  activity text not null,
  minutes integer not null check (minutes between 1 and 1440),
  note text check (length(note) <= 500),
  recorded_at timestamptz(3) not null default now()
);
create index activity_entry_user on activity_entry (user_id, entry_date);

-- Job specialists' employment in the programme: tenure and turnover.
create table specialist_employment (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references app_user(id),
  programme_id uuid not null references programme(id),
  start_date date not null,
  end_date date,
  fte numeric(3, 2) not null check (fte > 0 and fte <= 1),
  end_reason text,
  recorded_by uuid references app_user(id),
  recorded_at timestamptz(3) not null default now(),
  check (end_date is null or end_date >= start_date),
  check ((end_date is null) = (end_reason is null))
);
create index specialist_employment_programme on specialist_employment (programme_id, start_date);

-- An administrator's changes to the built-in code lists of src/domain/code-lists.ts: a relabelled
-- or retired built-in code, or a new code in a list that may grow. Codes are never deleted.
create table code_entry (
  list text not null,
  code text not null check (code ~ '^[a-z0-9_]{1,64}$'),
  label_nb text not null check (length(label_nb) between 1 and 200),
  label_en text not null check (length(label_en) between 1 and 200),
  active boolean not null default true,
  updated_by uuid references app_user(id),
  updated_at timestamptz(3) not null default now(),
  primary key (list, code)
);

alter table audit_event drop constraint audit_event_action_check;
alter table audit_event add constraint audit_event_action_check check (action in
  ('read', 'list', 'create', 'update', 'delete', 'export', 'login', 'login_failed', 'logout', 'system',
   'withdraw', 'break_glass', 'review', 'erase', 'restrict', 'reassign', 'discharge'));
