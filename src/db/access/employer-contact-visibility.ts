import { CASEWORK_CATEGORY } from '../../domain/casework-categories.ts';
import type { AuditSink } from '../audit/writer.ts';
import type { Db } from '../database.ts';
import type { Caller } from './caller.ts';
import { decideEach } from './decide-each.ts';
import { participantWithFactsQuery, toFacts } from './participant-facts.ts';

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
  const decided = await decideEach(sink, caller, participants.map(toFacts), {
    category: CASEWORK_CATEGORY.employer_contact,
    auditAs: 'read',
    details: { category: CASEWORK_CATEGORY.employer_contact, view: 'employer', employerId },
  });
  return new Set([...decided].flatMap(([id, d]) => (d.allow ? [id] : [])));
}
