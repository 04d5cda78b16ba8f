import { CompiledQuery, type Kysely, type Selectable } from 'kysely';
import type { AuditEventTable, Schema } from '../schema.ts';

/**
 * One audit event as written: the table's row as read back (details as an object, since the rows
 * travel as JSON), less occurred_at and id, which come from the database.
 */
export type AuditRow = Omit<Selectable<AuditEventTable>, 'id' | 'occurred_at'>;

const COLUMNS: Record<keyof AuditRow, string> = {
  actor_user_id: 'uuid',
  actor_name: 'text',
  actor_organisation_id: 'uuid',
  actor_role: 'text',
  action: 'text',
  subject_type: 'text',
  subject_id: 'text',
  participant_id: 'uuid',
  programme_id: 'uuid',
  purpose: 'text',
  legal_basis: 'text',
  decision: 'text',
  reason: 'text',
  request_id: 'text',
  details: 'jsonb',
};

const names = Object.keys(COLUMNS).join(', ');
const typed = Object.entries(COLUMNS)
  .map(([name, type]) => `${name} ${type}`)
  .join(', ');

// The rows travel as one JSON parameter, so the text is the same for any number of rows: each
// connection prepares it once, and no query builder runs per batch.
const INSERT_EVENTS = `with e as (insert into audit_event (${names})
  select ${names} from json_to_recordset(cast($1 as json)) as r(${typed}) returning id)
insert into audit_pending (event_id) select id from e`;

/** Inserts events and queues each for the sealer, in one statement. Only the writer and batcher call it. */
export async function insertAuditRows(db: Kysely<Schema>, rows: AuditRow[]) {
  await db.executeQuery(CompiledQuery.raw(INSERT_EVENTS, [JSON.stringify(rows)]));
}
