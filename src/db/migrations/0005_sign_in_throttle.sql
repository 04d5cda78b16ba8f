-- Sign-in throttling counts failures per username and source (client address) together, per source
-- across usernames, and asks whether a user signed in from a source before: these keep each of those
-- counts a short index range scan however long the table grows.
create index login_attempt_by_source on login_attempt (username, ip, attempted_at);
create index login_attempt_by_ip on login_attempt (ip, attempted_at);
