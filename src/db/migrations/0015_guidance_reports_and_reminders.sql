-- Guidance reports (veiledningsrapport, sluttrapport), meeting status and SMS reminders.

-- A meeting with the participant is held, missed (no-show) or cancelled; a cancelled meeting is no
-- contact, but it is part of the period the guidance report describes.
alter table participant_contact drop constraint participant_contact_outcome_check;
alter table participant_contact add constraint participant_contact_outcome_check
  check (outcome in ('held', 'outreach_attempt', 'no_show', 'cancelled'));

-- A guidance report over one period of a participant's follow-up: interim or final.
create table guidance_report (
  id uuid primary key default gen_random_uuid(),
  participant_id uuid not null references participant(id),
  kind text not null check (kind in ('interim', 'final')),
  period_from date not null,
  period_to date not null,
  created_by uuid references app_user(id),
  created_at timestamptz(3) not null default now(),
  check (period_to >= period_from)
);
create index guidance_report_participant on guidance_report (participant_id, period_to);

-- Every version of a report's text: drafted, edited, shared with the participant, finalised. A
-- version is never changed; only one may be final, and nothing follows it.
create table guidance_report_version (
  report_id uuid not null references guidance_report(id),
  version integer not null check (version >= 1),
  state text not null check (state in ('draft', 'shared', 'final')),
  content jsonb not null,
  recorded_by uuid references app_user(id),
  recorded_at timestamptz(3) not null default now(),
  primary key (report_id, version)
);
create unique index guidance_report_one_final on guidance_report_version (report_id) where state = 'final';
create trigger guidance_report_version_append_only before update on guidance_report_version
  for each row execute function versions_append_only();

-- The participant's own comments on a shared report: hers alone.
create table guidance_report_comment (
  id uuid primary key default gen_random_uuid(),
  report_id uuid not null references guidance_report(id),
  participant_id uuid not null references participant(id),
  version integer not null,
  body text not null check (length(body) between 1 and 2000),
  created_at timestamptz(3) not null default now()
);
create index guidance_report_comment_report on guidance_report_comment (report_id, created_at);

-- Each attempt to file a final report in NAV's document archive. The external reference is the
-- report's: a retry after a time-out sends the same one, so the archive files it once.
create table guidance_report_delivery (
  id uuid primary key default gen_random_uuid(),
  report_id uuid not null references guidance_report(id),
  participant_id uuid not null references participant(id),
  external_reference text not null,
  status text not null check (status in ('delivered', 'rejected', 'failed')),
  journalpost_id text,
  message text check (length(message) <= 1000),
  attempted_by uuid references app_user(id),
  attempted_at timestamptz(3) not null default now(),
  check ((status = 'delivered') = (journalpost_id is not null))
);
create unique index guidance_report_delivered_once on guidance_report_delivery (report_id)
  where status = 'delivered';

-- An appointment with the participant, what an SMS reminds her of.
create table planned_meeting (
  id uuid primary key default gen_random_uuid(),
  participant_id uuid not null references participant(id),
  starts_at timestamptz(0) not null,
  place text not null check (length(place) between 1 and 200),
  recorded_by uuid references app_user(id),
  recorded_at timestamptz(3) not null default now()
);
create index planned_meeting_starts on planned_meeting (starts_at);
create index planned_meeting_participant on planned_meeting (participant_id, starts_at);

-- The participant's choice about SMS reminders, newest first; set by her or recorded by her job
-- specialist. No row: reminders are sent.
create table sms_preference (
  id uuid primary key default gen_random_uuid(),
  participant_id uuid not null references participant(id),
  opted_out boolean not null,
  recorded_by uuid references app_user(id),
  recorded_at timestamptz(3) not null default now()
);
create index sms_preference_participant on sms_preference (participant_id, recorded_at desc);

-- One reminder per meeting, sent or skipped with the reason.
create table sms_reminder (
  meeting_id uuid primary key references planned_meeting(id),
  participant_id uuid not null references participant(id),
  status text not null check (status in ('sent', 'skipped', 'failed')),
  reason text,
  decided_at timestamptz(3) not null default now(),
  check ((status = 'sent') = (reason is null))
);
