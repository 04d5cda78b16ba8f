import type { Kysely } from 'kysely';
import type { DataCategory } from '../../domain/code-lists.ts';
import type { AuditSink } from '../audit/writer.ts';
import type { Schema } from '../schema.ts';
import type { Caller } from './caller.ts';
import { Denial } from './guard.ts';
import { decideWholeRecord, type Opened, openParticipant, type Visibility } from './participant-gate.ts';

/** The categories casework records are filed under (contacts with the team are team discussion). */
export const CASEWORK_CATEGORIES = [
  'job_plan',
  'benefit_status',
  'employer_contact',
  'team_discussion',
] as const satisfies readonly DataCategory[];

/**
 * Decides a read of the casework like a record read: refused unless identity is allowed; otherwise
 * allowed, each casework category decided, and the withheld ones named in the one audit event.
 */
export async function gateCasework(
  db: Kysely<Schema>,
  sink: AuditSink,
  caller: Caller,
  id: string,
): Promise<(Opened & { visibility: Visibility }) | Denial> {
  const opened = await openParticipant(db, sink, caller, 'read', id);
  if (opened instanceof Denial) return opened;
  const seen = await decideWholeRecord(sink, caller, opened.facts, 'read', CASEWORK_CATEGORIES, 'casework');
  return seen instanceof Denial ? seen : { ...opened, visibility: seen };
}
