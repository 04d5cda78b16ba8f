import { type Kysely, sql } from 'kysely';
import { joinedRef } from '../../joined-ref.ts';
import type { Schema } from '../../schema.ts';

/** One audit event about a participant, as their access log (and its exports) show it. */
export interface AuditRecord {
  id: number;
  at: Date;
  actor: {
    userId: string | null;
    name: string;
    role: string | null;
    organisation: { id: string; name: string } | null;
  };
  action: string;
  subjectType: string;
  /** What was looked at, when narrower than the record (consents, access log, meeting minutes …). */
  view: string | null;
  decision: 'allow' | 'deny';
  reason: string;
  purpose: string;
  legalBasis: string | null;
  /** Break-the-glass opened this access (or it is the opening itself): flagged for review. */
  breakTheGlass: boolean;
  /** About a person with a protected address or skjerming: every such event is flagged. */
  protectedIdentity: boolean;
}

export interface AuditEventsQuery {
  order: 'oldest_first' | 'newest_first';
  limit?: number;
  /** Newest-first keyset paging: only events before this one. */
  before?: { at: Date; id: number };
}

/**
 * The one query of a participant's audit events: the access log, the GDPR export and the FHIR
 * AuditEvent view all read through here (index `audit_event_participant_log`).
 */
export async function auditEventsOf(
  db: Kysely<Schema>,
  participantId: string,
  { order, limit, before }: AuditEventsQuery,
): Promise<AuditRecord[]> {
  const direction = order === 'oldest_first' ? 'asc' : 'desc';
  const rows = await db
    .selectFrom('audit_event as e')
    .leftJoin('organisation as o', 'o.id', 'e.actor_organisation_id')
    .select([
      'e.id',
      'e.occurred_at',
      'e.actor_user_id',
      'e.actor_name',
      'e.actor_role',
      'e.actor_organisation_id',
      'o.name as organisation_name',
      'e.action',
      'e.subject_type',
      sql<string | null>`e.details->>'view'`.as('view'),
      sql<boolean>`coalesce((e.details->>'breakTheGlass')::boolean, false)`.as('glass'),
      sql<boolean>`coalesce((e.details->>'protectedIdentity')::boolean, false)`.as('protected_identity'),
      'e.decision',
      'e.reason',
      'e.purpose',
      'e.legal_basis',
    ])
    .where('e.participant_id', '=', participantId)
    .$if(before !== undefined, (q) =>
      q.where(sql<boolean>`(e.occurred_at, e.id) < (${before?.at ?? null}, ${before?.id ?? null})`),
    )
    .orderBy('e.occurred_at', direction)
    .orderBy('e.id', direction)
    .$if(limit !== undefined, (q) => q.limit(limit as number))
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.occurred_at,
    actor: {
      userId: r.actor_user_id,
      name: r.actor_name,
      role: r.actor_role,
      // A participant's account sits under an organisation only because every account must.
      organisation:
        r.actor_role === 'participant' ? null : joinedRef(r.actor_organisation_id, r.organisation_name),
    },
    action: r.action,
    subjectType: r.subject_type,
    view: r.view,
    decision: r.decision,
    reason: r.reason,
    purpose: r.purpose,
    legalBasis: r.legal_basis,
    breakTheGlass: r.glass || r.reason === 'break_the_glass' || r.action === 'break_glass',
    protectedIdentity: r.protected_identity,
  }));
}
