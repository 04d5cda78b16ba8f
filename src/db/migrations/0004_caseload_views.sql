-- The caseload page and the task list (src/db/repositories/caseload-rows.ts, tasks-query.ts) read,
-- for each of a job specialist's participants, the newest held contact and the newest next step.
-- These partial indexes answer each with the first entry of one participant's range, however many
-- years of contacts lie behind it. (Jobs, the first employer contact and the newest follow-along
-- contact are served by the indexes of 0003.)

create index participant_contact_held on participant_contact (participant_id, contact_date desc)
  where counterpart = 'participant' and outcome = 'held';

create index participant_contact_next_step on participant_contact
  (participant_id, contact_date desc, recorded_at desc) where next_step is not null;

create index employer_contact_next_step on employer_contact
  (participant_id, contact_date desc, recorded_at desc) where next_step is not null;
