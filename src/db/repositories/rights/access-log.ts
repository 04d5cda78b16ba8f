import { AppError } from '../../../domain/app-error.ts';
import type { Caller } from '../../access/caller.ts';
import { Denial, guardedRead } from '../../access/guard.ts';
import { gateParticipant } from '../../access/participant-gate.ts';
import type { Store } from '../../store.ts';
import { type AuditRecord, auditEventsOf } from './audit-events-of.ts';

export interface AccessLogPage {
  items: AuditRecord[];
  nextCursor: string | null;
}

/** A page position: the last entry's time and id, so pages stay stable while new events arrive. */
function decodeCursor(cursor: string): { at: Date; id: number } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const date = new Date(at ?? '');
  if (Number.isNaN(date.getTime()) || !/^\d+$/.test(id ?? '')) {
    throw AppError.validation([{ path: 'cursor', message: 'cursor is not one this API gave out' }]);
  }
  return { at: date, id: Number(id) };
}

const encodeCursor = (e: AuditRecord) => Buffer.from(`${e.at.toISOString()}|${e.id}`).toString('base64url');

/**
 * Who has accessed a participant's record: built from the audit log, for the participant and the
 * record's holders. Reading it is itself an audited access.
 */
export class AccessLogRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  page(participantId: string, limit: number, cursor?: string): Promise<AccessLogPage> {
    const after = cursor ? decodeCursor(cursor) : null;
    return guardedRead(this.store, async (db, sink) => {
      const gate = await gateParticipant(db, sink, this.caller, 'read_access_log', participantId, {
        details: { view: 'access_log' },
      });
      if (gate instanceof Denial) return gate;
      const rows = await auditEventsOf(db, participantId, {
        order: 'newest_first',
        limit: limit + 1,
        ...(after ? { before: after } : {}),
      });
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
    });
  }
}
