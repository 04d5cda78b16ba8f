import type { Kysely } from 'kysely';
import type { AccessContext } from '../../domain/access.ts';
import type { Schema } from '../schema.ts';

export interface AuditEntry {
  action:
    | 'read'
    | 'list'
    | 'create'
    | 'update'
    | 'delete'
    | 'export'
    | 'login'
    | 'login_failed'
    | 'logout'
    | 'system';
  subjectType: string;
  subjectId?: string | null;
  participantId?: string | null;
  programmeId?: string | null;
  legalBasis?: string | null;
  decision: 'allow' | 'deny';
  reason: string;
  details?: Record<string, unknown>;
}

/**
 * The one audit writer. Given a transaction, it writes in it, so an event exists exactly when the
 * change it records does; a read needs no transaction, as the event is its only write. Each event
 * is queued for the sealer, which links it into the hash chain.
 */
export async function writeAudit(tx: Kysely<Schema>, ctx: AccessContext, entries: AuditEntry[]) {
  if (entries.length === 0) return;
  const a = ctx.actor;
  const rows = entries.map((e) => ({
    actor_user_id: a.kind === 'user' ? a.userId : null,
    actor_name: a.name,
    actor_organisation_id: a.kind === 'user' ? a.organisationId : null,
    actor_role: a.kind === 'user' ? a.role : 'system',
    action: e.action,
    subject_type: e.subjectType,
    subject_id: e.subjectId ?? null,
    participant_id: e.participantId ?? null,
    programme_id: e.programmeId ?? null,
    purpose: ctx.purpose,
    legal_basis: e.legalBasis ?? null,
    decision: e.decision,
    reason: e.reason,
    request_id: ctx.requestId,
    details: JSON.stringify(e.details ?? {}),
  }));
  await tx
    .with('e', (db) => db.insertInto('audit_event').values(rows).returning('id'))
    .insertInto('audit_pending')
    .columns(['event_id'])
    .expression((eb) => eb.selectFrom('e').select('e.id'))
    .execute();
}
