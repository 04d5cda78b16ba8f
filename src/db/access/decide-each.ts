import type { Decision, ParticipantFacts } from '../../domain/access.ts';
import type { DataCategory } from '../../domain/code-lists.ts';
import { type AuditEntry, type AuditSink, writeAudit } from '../audit/writer.ts';
import type { Caller } from './caller.ts';
import { participantTarget } from './participant-gate.ts';

export interface EachOptions {
  /** The category each participant's read is decided on. */
  category: DataCategory;
  /** How the events of the participants shown are named: one 'read' each, or 'list'ed in a view. */
  auditAs: 'read' | 'list';
  /** Said in every participant's event (the view, the employer, the meeting). */
  details?: Record<string, unknown>;
  /** Whether refusals are audited too (minutes show a refused item as withheld, so it is a read). */
  auditRefusals?: boolean;
  /** Events written in the same batch: the event of the view itself. */
  also?: AuditEntry[];
}

/**
 * Decides a read of each participant (once per participant) and audits what was shown, in one
 * batch, so every participant a list, a view or the minutes show is in that participant's access log.
 * Each event names that participant's own reason and legal basis, the ones opening her record would
 * name: the decision that opened the view (e.g. a clinician's caseload) says nothing about her.
 */
export async function decideEach(
  sink: AuditSink,
  caller: Caller,
  subjects: readonly ParticipantFacts[],
  options: EachOptions,
): Promise<Map<string, Decision>> {
  const { category, auditAs } = options;
  const decided = new Map<string, Decision>();
  const events: AuditEntry[] = [...(options.also ?? [])];
  const now = new Date();
  for (const subject of subjects) {
    if (decided.has(subject.id)) continue;
    const decision = caller.ask({ action: 'read', subject, category }, now);
    decided.set(subject.id, decision);
    if (!decision.allow && !options.auditRefusals) continue;
    events.push({
      ...participantTarget(subject, options.details),
      action: auditAs,
      decision: decision.allow ? 'allow' : 'deny',
      reason: decision.reason,
      legalBasis: decision.allow ? decision.legalBasis : null,
    });
  }
  await writeAudit(sink, caller, events);
  return decided;
}
