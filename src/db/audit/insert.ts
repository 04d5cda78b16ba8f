import type { Insertable, Kysely } from 'kysely';
import type { AuditEventTable, Schema } from '../schema.ts';

export type AuditRow = Insertable<AuditEventTable>;

/** Inserts events and queues each for the sealer, in one statement. Only the writer and batcher call it. */
export async function insertAuditRows(db: Kysely<Schema>, rows: AuditRow[]) {
  await db
    .with('e', (q) => q.insertInto('audit_event').values(rows).returning('id'))
    .insertInto('audit_pending')
    .columns(['event_id'])
    .expression((eb) => eb.selectFrom('e').select('e.id'))
    .execute();
}
