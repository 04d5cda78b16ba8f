-- Protected identities and her postal address. A participant may carry protection from the population
-- register (strengt fortrolig / kode 6, also abroad; fortrolig / kode 7) or skjerming of NAV employees.
-- The address of a protected participant is never stored: the check refuses it, so no path can.
alter table participant add column address text check (length(address) <= 300);
alter table participant add column protection text check (protection in
  ('strengt_fortrolig', 'strengt_fortrolig_utland', 'fortrolig', 'skjermet'));
alter table participant add constraint participant_protected_no_address
  check (protection is null or address is null);
