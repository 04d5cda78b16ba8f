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
-- One template makes every view: the kept columns (identity, author, when recorded) come from the
-- original row, the rest from the newest correction laid over it.
create function create_current_view(base text, kept text[]) returns void language plpgsql as $$
declare
  original text;
  corrected text;
begin
  select string_agg(format('t.%I', attname), ', ' order by attnum),
    string_agg(format(case when attname = any (kept) then 't.%I' else 'v.%I' end, attname), ', '
      order by attnum)
  into original, corrected
  from pg_attribute
  where attrelid = base::regclass and attnum > 0 and not attisdropped;
  execute format($view$
    create view %I as
      select %s from %I t
      where not exists (select 1 from record_correction rc where rc.record_id = t.id)
      union all
      select %s
      from record_correction rc
      join %I t on t.id = rc.record_id
      cross join lateral jsonb_populate_record(t, rc.new_values) v
      where rc.kind = 'correct'
        and not exists (select 1 from record_correction n
          where n.record_id = rc.record_id and n.version > rc.version)
    $view$, base || '_current', original, base, corrected, base);
end;
$$;

select create_current_view('participant_contact', array['id', 'participant_id', 'recorded_by', 'recorded_at']);
select create_current_view('job', array['id', 'participant_id', 'recorded_by', 'recorded_at']);
select create_current_view('stage_transition',
  array['id', 'participant_id', 'stage', 'recorded_by', 'recorded_at']);
select create_current_view('participant_benefit', array['id', 'participant_id', 'recorded_by', 'recorded_at']);
select create_current_view('activity_entry', array['id', 'user_id', 'programme_id', 'recorded_at']);
select create_current_view('case_note', array['id', 'participant_id', 'category', 'author_id', 'created_at']);
drop function create_current_view(text, text[]);
