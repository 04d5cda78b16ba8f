-- audit_pending is the sealer's queue. Its rows are written only by the statement that inserts their
-- event (src/db/audit/insert.ts), and an event is never deleted (append-only triggers, and grants on
-- PostgreSQL), so its foreign key could never refuse anything: it only looked up and share-locked
-- the event row once more on every read's audit insert. The sealer takes a queued id with its event
-- (a join), and `ips audit verify` names an event that is neither chained nor queued.
alter table audit_pending drop constraint audit_pending_event_id_fkey;
