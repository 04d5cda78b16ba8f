-- The caseload page and the task list (src/db/repositories/caseload-rows.ts, tasks-query.ts) read,
-- for each of a job specialist's participants, the newest held contact, the newest next step, the
-- current jobs and the newest follow-along contact. These partial indexes answer each with the first
-- entry of one participant's range, however many years of contacts lie behind it.

create index participant_contact_held on participant_contact (participant_id, contact_date desc)
  where counterpart = 'participant' and outcome = 'held';

create index participant_contact_next_step on participant_contact
  (participant_id, contact_date desc, recorded_at desc) where next_step is not null;

create index employer_contact_next_step on employer_contact
  (participant_id, contact_date desc, recorded_at desc) where next_step is not null;

create index job_current on job (participant_id) where end_date is null;
