-- Corrections with history. A saved contact, job, stage change, benefit, activity entry or case note
-- is never changed: a correction adds a version here (the fields it changes, over the original), a
-- void adds a version that retires the entry. Each names who, when and why. The original row stays
-- in its own table, so the record's history and the participant's export still hold it.
create table record_correction (
  id uuid primary key default gen_random_uuid(),
  -- Null only for activity entries, which are the job specialist's own log.
  participant_id uuid references participant(id),
  programme_id uuid not null references programme(id),
  record_type text not null check (record_type in ('contact', 'job', 'stage_transition', 'benefit',
    'activity', 'case_note')),
  record_id uuid not null,
  -- The original is version 1; each correction or void adds the next.
  version integer not null check (version >= 2),
  kind text not null check (kind in ('correct', 'void')),
  -- The data category the entry is filed under: who may see the correction sees the entry.
  category text,
  -- Every field changed since the original, as it now stands (column names): original || new_values.
  new_values jsonb,
  reason text not null check (length(reason) between 1 and 1000),
  corrected_by uuid not null references app_user(id),
  corrected_at timestamptz(3) not null default now(),
  unique (record_id, version),
  check ((kind = 'correct') = (new_values is not null))
);
create index record_correction_participant on record_correction (participant_id, corrected_at)
  where participant_id is not null;

-- Versions are added, never changed; only erasure (art. 17) blanks the reason and free text, once
-- the participant is erased in the same transaction.
create function record_correction_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and exists (select 1 from participant p
      where p.id = old.participant_id and p.erased_at is not null) then
    return new;
  end if;
  raise exception 'corrections are never changed: add a version instead (% refused)', tg_op
    using errcode = 'insufficient_privilege';
end;
$$;
create trigger record_correction_append_only before update or delete on record_correction
  for each row execute function record_correction_append_only();

-- The current version of each entry: the untouched rows, and each corrected row with its newest
-- correction's values laid over the original; voided entries are left out. Every computation
-- (caseload, tasks, stage, outcomes) reads these. Untouched rows come straight from the table, so
-- its indexes (0003, 0004) still serve the caseload's per-participant lookups.
create view participant_contact_current as
  select t.id, t.participant_id, t.job_id, t.contact_date, t.counterpart, t.mode, t.outcome,
    t.category, t.note, t.next_step, t.next_step_date, t.recorded_by, t.recorded_at
  from participant_contact t
  where not exists (select 1 from record_correction rc where rc.record_id = t.id)
  union all
  select t.id, t.participant_id, v.job_id, v.contact_date, v.counterpart, v.mode, v.outcome,
    v.category, v.note, v.next_step, v.next_step_date, t.recorded_by, t.recorded_at
  from record_correction rc
  join participant_contact t on t.id = rc.record_id
  cross join lateral jsonb_populate_record(t, rc.new_values) v
  where rc.kind = 'correct'
    and not exists (select 1 from record_correction n where n.record_id = rc.record_id and n.version > rc.version);

create view job_current as
  select t.id, t.participant_id, t.employer_id, t.title, t.occupation, t.employment_type, t.wage_type,
    t.hours_per_week, t.start_date, t.end_date, t.end_reason, t.recorded_by, t.recorded_at
  from job t
  where not exists (select 1 from record_correction rc where rc.record_id = t.id)
  union all
  select t.id, t.participant_id, v.employer_id, v.title, v.occupation, v.employment_type, v.wage_type,
    v.hours_per_week, v.start_date, v.end_date, v.end_reason, t.recorded_by, t.recorded_at
  from record_correction rc
  join job t on t.id = rc.record_id
  cross join lateral jsonb_populate_record(t, rc.new_values) v
  where rc.kind = 'correct'
    and not exists (select 1 from record_correction n where n.record_id = rc.record_id and n.version > rc.version);

create view stage_transition_current as
  select t.id, t.participant_id, t.stage, t.effective_date, t.discharge_reason, t.note,
    t.recorded_by, t.recorded_at
  from stage_transition t
  where not exists (select 1 from record_correction rc where rc.record_id = t.id)
  union all
  select t.id, t.participant_id, t.stage, v.effective_date, v.discharge_reason, v.note,
    t.recorded_by, t.recorded_at
  from record_correction rc
  join stage_transition t on t.id = rc.record_id
  cross join lateral jsonb_populate_record(t, rc.new_values) v
  where rc.kind = 'correct'
    and not exists (select 1 from record_correction n where n.record_id = rc.record_id and n.version > rc.version);

create view participant_benefit_current as
  select t.id, t.participant_id, t.benefit, t.monthly_amount, t.from_date, t.to_date, t.recorded_by,
    t.recorded_at
  from participant_benefit t
  where not exists (select 1 from record_correction rc where rc.record_id = t.id)
  union all
  select t.id, t.participant_id, v.benefit, v.monthly_amount, v.from_date, v.to_date, t.recorded_by,
    t.recorded_at
  from record_correction rc
  join participant_benefit t on t.id = rc.record_id
  cross join lateral jsonb_populate_record(t, rc.new_values) v
  where rc.kind = 'correct'
    and not exists (select 1 from record_correction n where n.record_id = rc.record_id and n.version > rc.version);

create view activity_entry_current as
  select t.id, t.user_id, t.programme_id, t.entry_date, t.place, t.activity, t.minutes, t.note,
    t.recorded_at
  from activity_entry t
  where not exists (select 1 from record_correction rc where rc.record_id = t.id)
  union all
  select t.id, t.user_id, t.programme_id, v.entry_date, v.place, v.activity, v.minutes, v.note,
    t.recorded_at
  from record_correction rc
  join activity_entry t on t.id = rc.record_id
  cross join lateral jsonb_populate_record(t, rc.new_values) v
  where rc.kind = 'correct'
    and not exists (select 1 from record_correction n where n.record_id = rc.record_id and n.version > rc.version);

create view case_note_current as
  select t.id, t.participant_id, t.category, t.body, t.author_id, t.created_at
  from case_note t
  where not exists (select 1 from record_correction rc where rc.record_id = t.id)
  union all
  select t.id, t.participant_id, t.category, v.body, t.author_id, t.created_at
  from record_correction rc
  join case_note t on t.id = rc.record_id
  cross join lateral jsonb_populate_record(t, rc.new_values) v
  where rc.kind = 'correct'
    and not exists (select 1 from record_correction n where n.record_id = rc.record_id and n.version > rc.version);
