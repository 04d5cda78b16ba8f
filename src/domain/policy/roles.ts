import type { Decision, DenyReason } from '../access.ts';
import type { Role } from '../code-lists.ts';

/** Roles that take part in the programme's cooperation (candidates, team meetings, shared records). */
export const COOPERATING_ROLES: readonly Role[] = [
  'job_specialist',
  'supervisor',
  'clinician',
  'nav_adviser',
];

export function deny(reason: DenyReason): Decision {
  return { allow: false, reason };
}
