import { CASEWORK_CATEGORY } from '../../domain/casework-categories.ts';
import { type AuditSink, writeAudit } from '../audit/writer.ts';
import type { Db } from '../database.ts';
import { participantWithFactsQuery, toFacts } from '../repositories/participants/participant-rows.ts';
import type { Caller } from './caller.ts';
import { participantTarget } from './participant-gate.ts';

/**
 * Which participants of these contacts the caller may see named: each is decided as a read of that
 * participant's employer contacts, and each one shown is audited as read, so it appears in that
 * participant's access log. The others are left out silently, as the caseload list does.
 */
export async function participantsShown(
  db: Db,
  sink: AuditSink,
  caller: Caller,
  rows: readonly { participant_id: string | null }[],
  employerId: string,
): Promise<Set<string>> {
  const ids = [...new Set(rows.flatMap((r) => (r.participant_id ? [r.participant_id] : [])))];
  if (ids.length === 0) return new Set();
  const participants = await participantWithFactsQuery(db, caller.userId).where('p.id', 'in', ids).execute();
  const now = new Date();
  const category = CASEWORK_CATEGORY.employer_contact;
  const shown = participants.flatMap((p) => {
    const facts = toFacts(p);
    const decision = caller.ask({ action: 'read', subject: facts, category }, now);
    return decision.allow ? [{ facts, decision }] : [];
  });
  await writeAudit(
    sink,
    caller,
    shown.map(({ facts, decision }) => ({
      ...participantTarget(facts, { category, view: 'employer', employerId }),
      action: 'read',
      decision: 'allow',
      reason: decision.reason,
      legalBasis: decision.allow ? decision.legalBasis : null,
    })),
  );
  return new Set(shown.map((s) => s.facts.id));
}
