-- The current-version views of 0006, each split into its two parts, so a query can read a part the
-- way its indexes allow:
--   <entry>_untouched  the entries never corrected or voided, straight from the table;
--   <entry>_corrected  each corrected entry with its newest correction laid over the original;
--   <entry>_current    the two together (voided entries are in neither), as before.
-- Why: "the newest held contact" over <entry>_current cannot stop at the first row of an index, as
-- PostgreSQL plans each branch of a UNION ALL view on its own, unordered: it read and sorted every
-- contact of each participant on the caseload. Over <entry>_untouched, a plain anti-join, it walks
-- the index and stops at the first entry that has no correction; the caseload and task queries take
-- the newest of each part (src/db/repositories/caseload/caseload-sql.ts).
-- A correction carries the participant of its entry, so the corrected part of her entries is found
-- through her corrections (index record_correction_participant), not by probing each of her entries.
create function create_current_parts(base text, kept text[]) returns void language plpgsql as $$
declare
  original text;
  corrected text;
  same_owner text := '';
begin
  select string_agg(format('t.%I', attname), ', ' order by attnum),
    string_agg(format(case when attname = any (kept) then 't.%I' else 'v.%I' end, attname), ', '
      order by attnum)
  into original, corrected
  from pg_attribute
  where attrelid = base::regclass and attnum > 0 and not attisdropped;
  if exists (select 1 from pg_attribute where attrelid = base::regclass and attname = 'participant_id') then
    same_owner := 'and rc.participant_id = t.participant_id';
  end if;
  execute format($view$
    create view %I as
      select %s from %I t
      where not exists (select 1 from record_correction rc where rc.record_id = t.id)
    $view$, base || '_untouched', original, base);
  execute format($view$
    create view %I as
      select %s
      from record_correction rc
      join %I t on t.id = rc.record_id %s
      cross join lateral jsonb_populate_record(t, rc.new_values) v
      where rc.kind = 'correct'
        and not exists (select 1 from record_correction n
          where n.record_id = rc.record_id and n.version > rc.version)
    $view$, base || '_corrected', corrected, base, same_owner);
  execute format($view$
    create or replace view %I as
      select * from %I
      union all
      select * from %I
    $view$, base || '_current', base || '_untouched', base || '_corrected');
end;
$$;

select create_current_parts('participant_contact', array['id', 'participant_id', 'recorded_by', 'recorded_at']);
select create_current_parts('job', array['id', 'participant_id', 'recorded_by', 'recorded_at']);
select create_current_parts('stage_transition',
  array['id', 'participant_id', 'stage', 'recorded_by', 'recorded_at']);
select create_current_parts('participant_benefit', array['id', 'participant_id', 'recorded_by', 'recorded_at']);
select create_current_parts('activity_entry', array['id', 'user_id', 'programme_id', 'recorded_at']);
select create_current_parts('case_note', array['id', 'participant_id', 'category', 'author_id', 'created_at']);
drop function create_current_parts(text, text[]);
