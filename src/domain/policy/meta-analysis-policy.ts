import type { Decision } from '../access.ts';
import type { UserActor } from '../actor.ts';
import { deny } from './roles.ts';

/**
 * The meta-analysis tool works on published trial counts the researcher brings (2×2 tables per
 * trial), never on participants: it is the researcher's tool, and everyone else is refused.
 */
export function decideMetaAnalysis(actor: UserActor): Decision {
  return actor.role === 'researcher'
    ? { allow: true, reason: 'researcher', legalBasis: 'aggregate_statistics' }
    : deny('role_not_permitted');
}
