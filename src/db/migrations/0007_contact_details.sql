-- Contact details. The participant's phone and e-mail are identity data (the policy decides them as
-- identity); her NAV adviser and clinician are named on her record, and their work phone and e-mail
-- are staff data, kept on the user, that whoever may see her record sees beside her name.
alter table participant add column phone text check (length(phone) <= 40);
alter table participant add column email text check (length(email) <= 200);
alter table participant add column nav_adviser_id uuid references app_user(id);
alter table participant add column clinician_id uuid references app_user(id);

alter table app_user add column phone text check (length(phone) <= 40);
alter table app_user add column email text check (length(email) <= 200);
