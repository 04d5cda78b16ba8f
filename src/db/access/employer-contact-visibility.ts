import type { AccessContext, PolicyFn } from '../../domain/access.ts';
import { CASEWORK_CATEGORY } from '../../domain/casework-categories.ts';
import { type AuditSink, writeAudit } from '../audit/writer.ts';
import type { Db } from '../database.ts';
import { participantWithFactsQuery, toFacts } from '../repositories/participants/participant-rows.ts';
import { userIdOf } from './caller.ts';
import { ask } from './guard.ts';
import { participantTarget } from './participant-gate.ts';

/**
 * Which participants of these contacts the caller may see named: each is decided as a read of that
 * participant's employer contacts, and each one shown is audited as read, so it appears in that
 * participant's access log. The others are left out silently, as the caseload list does.
 */
export async function participantsShown(
  db: Db,
  sink: AuditSink,
  ctx: AccessContext,
  policy: PolicyFn,
  rows: readonly { participant_id: string | null }[],
  employerId: string,
): Promise<Set<string>> {
  const ids = [...new Set(rows.flatMap((r) => (r.participant_id ? [r.participant_id] : [])))];
  if (ids.length === 0) return new Set();
  const participants = await participantWithFactsQuery(db, userIdOf(ctx)).where('p.id', 'in', ids).execute();
  const now = new Date();
  const category = CASEWORK_CATEGORY.employer_contact;
  const shown = participants.flatMap((p) => {
    const facts = toFacts(p);
    const decision = ask(ctx, policy, { action: 'read', subject: facts, category }, now);
    return decision.allow ? [{ facts, decision }] : [];
  });
  await writeAudit(
    sink,
    ctx,
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
