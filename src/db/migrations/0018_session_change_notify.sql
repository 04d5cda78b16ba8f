-- Server processes keep signed-in sessions in memory (src/db/repositories/auth/session-cache.ts). Any
-- change that could end a session or change what it grants tells every process, at its commit, to
-- drop what it keeps: a session ended, a user changed or removed, a team membership, an organisation's
-- or programme's name or region. A session's touch (last_seen_at) does not: each process checks
-- idleness against the database before it turns a session away.
create function session_changed() returns trigger language plpgsql as $$
begin
  perform pg_notify('ips_session_changed', '');
  return null;
end;
$$;

create trigger user_session_changed after delete or update of id_hash, user_id, expires_at on user_session
  for each statement execute function session_changed();
create trigger user_session_truncated after truncate on user_session
  for each statement execute function session_changed();
create trigger app_user_changed after update or delete on app_user
  for each statement execute function session_changed();
create trigger app_user_truncated after truncate on app_user
  for each statement execute function session_changed();
create trigger team_member_changed after insert or update or delete on team_member
  for each statement execute function session_changed();
create trigger team_member_truncated after truncate on team_member
  for each statement execute function session_changed();
create trigger organisation_changed after update or delete on organisation
  for each statement execute function session_changed();
create trigger programme_changed after update or delete on programme
  for each statement execute function session_changed();
