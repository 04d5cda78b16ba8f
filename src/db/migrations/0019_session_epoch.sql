-- Server processes keep signed-in sessions in memory (src/db/repositories/auth/session-cache.ts), each
-- with the epoch it was read at. Any change that could end a session or change what it grants moves
-- the epoch on, in its own transaction: a session ended, a user changed or removed, a team membership,
-- an organisation's or programme's name or region. A read that uses a kept session reads the epoch in
-- its own statement and reads the session again when it has moved, so a revocation committed before
-- that statement is seen by every process. A session's touch (last_seen_at) and a new session do not
-- move it.
create table session_epoch (
  one boolean primary key default true check (one),
  n bigint not null
);
insert into session_epoch (n) values (1);

create function session_epoch_next() returns trigger language plpgsql as $$
begin
  update session_epoch set n = n + 1;
  return null;
end;
$$;

create trigger user_session_epoch after delete or update of id_hash, user_id, expires_at on user_session
  for each statement execute function session_epoch_next();
create trigger user_session_truncate_epoch after truncate on user_session
  for each statement execute function session_epoch_next();
create trigger app_user_epoch after update or delete on app_user
  for each statement execute function session_epoch_next();
create trigger app_user_truncate_epoch after truncate on app_user
  for each statement execute function session_epoch_next();
create trigger team_member_epoch after insert or update or delete on team_member
  for each statement execute function session_epoch_next();
create trigger team_member_truncate_epoch after truncate on team_member
  for each statement execute function session_epoch_next();
create trigger organisation_epoch after update or delete on organisation
  for each statement execute function session_epoch_next();
create trigger programme_epoch after update or delete on programme
  for each statement execute function session_epoch_next();
