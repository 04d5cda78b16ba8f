-- Who made each research extract, as the user it was: made_by keeps the display name the extract was
-- made under (history: a name can change, a user can leave), made_by_id the user, so an extract can
-- be traced to an account. Null for extracts made before this column and for the system actor
-- (`ips research extract` on the command line).
alter table research_extract add column made_by_id uuid references app_user(id);
