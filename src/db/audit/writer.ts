import type { Kysely } from 'kysely';
import type { AccessContext } from '../../domain/access.ts';
import type { Schema } from '../schema.ts';
import { AuditBatcher } from './batcher.ts';
import { type AuditRow, insertAuditRows } from './insert.ts';

export type AuditAction =
  | 'read'
  | 'list'
  | 'create'
  | 'update'
  | 'delete'
  | 'export'
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'system'
  | 'withdraw'
  | 'break_glass'
  | 'review'
  | 'erase'
  | 'restrict'
  | 'reassign'
  | 'discharge';

export interface AuditEntry {
  action: AuditAction;
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
 * Where events go: a transaction (or the database, for a statement of its own), or the batcher that
 * group-commits the events of reads.
 */
export type AuditSink = Kysely<Schema> | AuditBatcher;

/**
 * The one audit writer. Given a transaction, it writes in it, so an event exists exactly when the
 * change it records does. A read's event is its only write, so it goes through the batcher, which
 * answers only once the event is committed. Each event is queued for the sealer (audit_pending).
 */
export async function writeAudit(sink: AuditSink, ctx: AccessContext, entries: AuditEntry[]) {
  if (entries.length === 0) return;
  const rows = entries.map((e) => toRow(ctx, e));
  if (sink instanceof AuditBatcher) await sink.write(rows);
  else await insertAuditRows(sink, rows);
}

function toRow(ctx: AccessContext, e: AuditEntry): AuditRow {
  const a = ctx.actor;
  return {
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
    details: e.details ?? {},
  };
}
