-- OpenID Connect sign-in. A staff member signs in through a provider identity (issuer + subject)
-- linked to their account beforehand; an unlinked subject is refused.
create table user_identity (
  issuer text not null check (length(issuer) between 1 and 500),
  subject text not null check (length(subject) between 1 and 255),
  user_id uuid not null references app_user(id),
  created_at timestamptz(3) not null default now(),
  primary key (issuer, subject)
);
create index user_identity_user on user_identity (user_id);

-- An account that signs in only through a provider has no password.
alter table app_user alter column password_hash drop not null;
-- A participant signing in for the first time gets an account for her record: one per record.
create unique index app_user_one_per_participant on app_user (participant_id) where participant_id is not null;

-- The provider a session came from and its ID token (the hint its end-session endpoint asks for),
-- so signing out can end the provider's session too. Both go with the session row.
alter table user_session add column provider text;
alter table user_session add column id_token text;
