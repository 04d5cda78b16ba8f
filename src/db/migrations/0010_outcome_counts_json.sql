-- The summary tables' counts as json, not jsonb. They are written whole by the refresh and read
-- whole by the reports, never queried by key, and jsonb is turned back into text on every read:
-- the national report reads every programme's counts for up to 40 quarters (some 12,000 rows of
-- about 2.5 kB on the national set), and that conversion took most of its time in the database.
-- json is sent as stored.
alter table outcome_programme_counts alter column counts type json using counts::json;
alter table outcome_specialist_counts alter column counts type json using counts::json;
