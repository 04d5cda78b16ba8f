import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { AuditEventTable } from '../schema.ts';

export type AuditEventRow = Selectable<AuditEventTable>;

export const GENESIS_HASH = '0'.repeat(64);

/** Objects with sorted keys, so the same event always serialises to the same bytes. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Every column of the event, in a fixed order; the occurred_at instant in UTC ISO form. */
export function canonicalEvent(e: AuditEventRow): string {
  return canonicalJson([
    e.id,
    e.occurred_at.toISOString(),
    e.actor_user_id,
    e.actor_name,
    e.actor_organisation_id,
    e.actor_role,
    e.action,
    e.subject_type,
    e.subject_id,
    e.participant_id,
    e.programme_id,
    e.purpose,
    e.legal_basis,
    e.decision,
    e.reason,
    e.request_id,
    e.details,
  ]);
}

/** hash = sha256(previous hash ‖ canonical event) */
export function chainHash(prevHash: string, event: AuditEventRow): string {
  return createHash('sha256').update(prevHash).update(canonicalEvent(event)).digest('hex');
}
