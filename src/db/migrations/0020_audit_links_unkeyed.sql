-- The sealer's queue and the chain name their event without a foreign key. Both rows are written only
-- from an event just inserted or just taken, and events are append-only (no update, delete or
-- truncate), so the key could never refuse anything; its check share-locked every event row twice
-- (once queued, once sealed), each lock a page write and a WAL record on the read path. The chain's
-- verification finds a missing event by itself ("was removed from the audit log").
alter table audit_pending drop constraint audit_pending_event_id_fkey;
alter table audit_chain drop constraint audit_chain_event_id_fkey;
