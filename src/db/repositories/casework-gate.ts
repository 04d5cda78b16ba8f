import type { Kysely } from 'kysely';
import type { AccessContext, PolicyFn } from '../../domain/access.ts';
import type { DataCategory } from '../../domain/code-lists.ts';
import type { AuditSink } from '../audit/writer.ts';
import type { Schema } from '../schema.ts';
import { ask, Denial, recordDecision } from './guard.ts';
import {
  type Opened,
  openParticipant,
  participantTarget,
  type Visibility,
  visibility,
} from './participant-gate.ts';

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
  ctx: AccessContext,
  policy: PolicyFn,
  id: string,
): Promise<(Opened & { visibility: Visibility }) | Denial> {
  const opened = await openParticipant(db, sink, ctx, 'read', id);
  if (opened instanceof Denial) return opened;
  const now = new Date();
  const identity = ask(ctx, policy, { action: 'read', subject: opened.facts, category: 'identity' }, now);
  const seen = identity.allow
    ? visibility(ctx, policy, opened.facts, 'read', CASEWORK_CATEGORIES, now)
    : null;
  const details = {
    view: 'casework',
    ...(seen
      ? {
          categories: seen.allowed,
          withheld: seen.withheld,
          ...(seen.breakTheGlass ? { breakTheGlass: true } : {}),
        }
      : {}),
  };
  await recordDecision(sink, ctx, 'read', identity, participantTarget(opened.facts, details));
  if (!identity.allow || !seen) return new Denial(identity.reason);
  return { ...opened, visibility: seen };
}
