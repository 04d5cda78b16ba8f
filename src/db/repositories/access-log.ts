import { sql } from 'kysely';
import type { AccessContext, PolicyFn } from '../../domain/access.ts';
import { AppError } from '../../domain/app-error.ts';
import type { Store } from '../store.ts';
import { Denial, guardedRead } from './guard.ts';
import { gateParticipant } from './participant-gate.ts';

export interface AccessLogEntry {
  id: number;
  at: Date;
  actor: { name: string; role: string | null; organisation: string | null };
  action: string;
  subjectType: string;
  /** What was looked at, when narrower than the record (consents, access log, meeting minutes …). */
  view: string | null;
  decision: 'allow' | 'deny';
  reason: string;
  purpose: string;
  legalBasis: string | null;
  breakTheGlass: boolean;
}

export interface AccessLogPage {
  items: AccessLogEntry[];
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

const encodeCursor = (e: AccessLogEntry) =>
  Buffer.from(`${e.at.toISOString()}|${e.id}`).toString('base64url');

/**
 * Who has accessed a participant's record: built from the audit log, for the participant and the
 * record's holders. Reading it is itself an audited access.
 */
export class AccessLogRepository {
  constructor(
    private readonly store: Store,
    private readonly ctx: AccessContext,
    private readonly policy: PolicyFn,
  ) {}

  page(participantId: string, limit: number, cursor?: string): Promise<AccessLogPage> {
    const after = cursor ? decodeCursor(cursor) : null;
    return guardedRead(this.store, async (db, sink) => {
      const gate = await gateParticipant(db, sink, this.ctx, this.policy, 'read_access_log', participantId, {
        details: { view: 'access_log' },
      });
      if (gate instanceof Denial) return gate;
      const rows = await db
        .selectFrom('audit_event as e')
        .leftJoin('organisation as o', 'o.id', 'e.actor_organisation_id')
        .select([
          'e.id',
          'e.occurred_at',
          'e.actor_name',
          'e.actor_role',
          'o.name as organisation_name',
          'e.action',
          'e.subject_type',
          sql<string | null>`e.details->>'view'`.as('view'),
          sql<boolean>`coalesce((e.details->>'breakTheGlass')::boolean, false)`.as('glass'),
          'e.decision',
          'e.reason',
          'e.purpose',
          'e.legal_basis',
        ])
        .where('e.participant_id', '=', participantId)
        .$if(after !== null, (q) =>
          q.where(sql<boolean>`(e.occurred_at, e.id) < (${after?.at ?? null}, ${after?.id ?? null})`),
        )
        .orderBy('e.occurred_at', 'desc')
        .orderBy('e.id', 'desc')
        .limit(limit + 1)
        .execute();
      const items = rows.slice(0, limit).map(
        (r): AccessLogEntry => ({
          id: r.id,
          at: r.occurred_at,
          // A participant's account sits under an organisation only because every account must.
          actor: {
            name: r.actor_name,
            role: r.actor_role,
            organisation: r.actor_role === 'participant' ? null : r.organisation_name,
          },
          action: r.action,
          subjectType: r.subject_type,
          view: r.view,
          decision: r.decision,
          reason: r.reason,
          purpose: r.purpose,
          legalBasis: r.legal_basis,
          breakTheGlass: r.glass || r.reason === 'break_the_glass' || r.action === 'break_glass',
        }),
      );
      const last = items.at(-1);
      return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
    });
  }
}
