-- Outcomes: the four IPS resource-centre regions, the roles that read figures beyond one programme,
-- and summary tables of the additive counts (src/domain/outcomes/counts.ts) per programme and per
-- job specialist and period, refreshed incrementally: casework writes mark their programme dirty in
-- the same transaction (triggers below), and a scheduled job recomputes dirty programmes. Region and
-- national figures read these rows only, never the casework records.

alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check check (role in ('job_specialist', 'supervisor',
  'clinician', 'nav_adviser', 'reviewer', 'programme_manager', 'researcher', 'resource_centre',
  'national_reader', 'participant', 'admin'));

-- NAV's IPS resource centres, one per health region.
create table region (
  id text primary key check (id ~ '^[a-z-]{2,20}$'),
  name text not null unique
);
insert into region (id, name) values
  ('nord', 'Nord'), ('midt', 'Midt-Norge'), ('vest', 'Vest'), ('sor-ost', 'Sør-Øst');

-- A programme's region follows from the region it names unless it is given: every writer of
-- programmes (the demo, the synthetic data set, an administrator) gets one without knowing this table.
create function region_id_of(name text) returns text language sql immutable as $$
  select case
    when name ilike '%nord%' then 'nord'
    when name ilike '%midt%' or name ilike '%trøndelag%' then 'midt'
    when name ilike '%vest%' then 'vest'
    else 'sor-ost'
  end
$$;
alter table programme add column region_id text references region(id);
update programme set region_id = region_id_of(region);
alter table programme alter column region_id set not null;
create function programme_region() returns trigger language plpgsql as $$
begin
  new.region_id := coalesce(new.region_id, region_id_of(new.region));
  return new;
end;
$$;
create trigger programme_region before insert on programme
  for each row execute function programme_region();
create index programme_region on programme (region_id);

-- A resource centre's staff see the programmes of its region.
alter table organisation add column region_id text references region(id);
alter table organisation add constraint organisation_region_kind
  check (region_id is null or kind = 'ips_resource_centre');

-- The counts of one programme (all its participants, or one cut of them) in one quarter or year.
create table outcome_programme_counts (
  programme_id uuid not null references programme(id),
  period text not null check (period ~ '^[0-9]{4}(Q[1-4])?$'),
  cut text not null,
  counts jsonb not null,
  primary key (programme_id, period, cut)
);
create index outcome_programme_counts_period on outcome_programme_counts (cut, period);

-- The counts of the participants assigned to one job specialist, per quarter or year (no cuts).
create table outcome_specialist_counts (
  programme_id uuid not null references programme(id),
  specialist_id uuid not null references app_user(id),
  period text not null check (period ~ '^[0-9]{4}(Q[1-4])?$'),
  counts jsonb not null,
  primary key (programme_id, period, specialist_id)
);

-- Programmes whose counts are out of date. Each mark takes a new number, so a refresh removes only
-- the mark it read: a write committed while it computed leaves its own mark for the next run.
create sequence outcome_mark;
create table outcome_dirty (
  programme_id uuid primary key references programme(id),
  mark bigint not null,
  marked_at timestamptz(3) not null default now()
);

-- When each programme's counts were last computed, and the day they count to (ongoing jobs and
-- the current quarter run to that day).
create table outcome_freshness (
  programme_id uuid primary key references programme(id),
  refreshed_at timestamptz(3) not null,
  as_of date not null
);

-- One statement-level trigger per table and event: a bulk insert marks each programme once.
create function outcome_mark_dirty() returns trigger language plpgsql as $$
begin
  if tg_argv[0] = 'participant' then
    insert into outcome_dirty (programme_id, mark)
      select programme_id, nextval('outcome_mark') from (select distinct p.programme_id
        from changed_rows c join participant p on p.id = c.participant_id) s
      on conflict (programme_id) do update set mark = excluded.mark, marked_at = now();
  else
    insert into outcome_dirty (programme_id, mark)
      select programme_id, nextval('outcome_mark') from (select distinct c.programme_id
        from changed_rows c where c.programme_id is not null) s
      on conflict (programme_id) do update set mark = excluded.mark, marked_at = now();
  end if;
  return null;
end;
$$;

create function outcome_watch(tbl text, keyed_by text) returns void language plpgsql as $$
declare
  ev text;
begin
  foreach ev in array array['insert', 'update'] loop
    execute format('create trigger %I after %s on %I referencing new table as changed_rows '
      'for each statement execute function outcome_mark_dirty(%L)',
      tbl || '_outcome_' || ev, ev, tbl, keyed_by);
  end loop;
end;
$$;
select outcome_watch('participant', 'programme');
select outcome_watch('stage_transition', 'participant');
select outcome_watch('job', 'participant');
select outcome_watch('participant_contact', 'participant');
select outcome_watch('employer_contact', 'programme');
select outcome_watch('record_correction', 'programme');
select outcome_watch('activity_entry', 'programme');
select outcome_watch('specialist_employment', 'programme');
drop function outcome_watch(text, text);
