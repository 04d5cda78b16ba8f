import type { Actor } from './actor.ts';
import type { LegalBasis, Purpose } from './code-lists.ts';

export type { Actor };

export type Action = 'read' | 'list' | 'create' | 'update';

/** What the actor acts on, with the facts the decision needs (loaded before deciding). */
export type Subject =
  | { type: 'participant'; id: string; programmeId: string; jobSpecialistId: string | null }
  | { type: 'caseload'; programmeId: string | null }
  | { type: 'new_participant'; programmeId: string | null };

export type DenyReason =
  | 'unauthenticated'
  | 'role_not_permitted'
  | 'other_programme'
  | 'not_assigned'
  | 'no_programme'
  | 'admin_no_case_content';

export type AllowReason = 'assigned_job_specialist' | 'programme_supervisor' | 'programme_member' | 'system';

export type Decision =
  | { allow: true; reason: AllowReason; legalBasis: LegalBasis; scope?: 'own' | 'programme' }
  | { allow: false; reason: DenyReason };

export interface AccessRequest {
  actor: Actor;
  action: Action;
  subject: Subject;
  purpose: Purpose;
}

export type PolicyFn = (request: AccessRequest) => Decision;

/** Everything a repository needs to know about the caller of one request. */
export interface AccessContext {
  actor: Actor;
  purpose: Purpose;
  requestId: string | null;
}
