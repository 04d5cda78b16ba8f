import type { AccessRequest, Decision, Subject } from '../../domain/access.ts';
import type { UserActor } from '../../domain/actor.ts';
import { decideParticipant } from './participant-policy.ts';
import { COOPERATING_ROLES, deny } from './roles.ts';

/**
 * The one decision: may this actor do this action to this subject for this purpose, now?
 * Every access to participant data asks here; nothing else decides access or reads the legal model.
 */
export function decide(request: AccessRequest): Decision {
  const { actor, subject } = request;
  if (actor.kind === 'system') return { allow: true, reason: 'system', legalBasis: 'system_operation' };
  if (actor.role === 'admin') return deny('admin_no_case_content');
  if (subject.type === 'participant') return decideParticipant(actor, subject, request);
  if (!actor.programmeId) return deny('no_programme');
  if (subject.programmeId !== actor.programmeId) return deny('other_programme');
  return decideProgrammeLevel(actor, subject);
}

function decideProgrammeLevel(
  actor: UserActor,
  subject: Exclude<Subject, { type: 'participant' }>,
): Decision {
  switch (subject.type) {
    case 'caseload':
      if (actor.role === 'supervisor') {
        return {
          allow: true,
          reason: 'programme_supervisor',
          legalBasis: 'programme_supervision',
          scope: 'programme',
        };
      }
      if (actor.role === 'job_specialist') {
        return { allow: true, reason: 'programme_member', legalBasis: 'caseload_assignment', scope: 'own' };
      }
      // Clinicians and NAV advisers list only the records shared with them, each decided on its own.
      return COOPERATING_ROLES.includes(actor.role)
        ? { allow: true, reason: 'programme_member', legalBasis: 'consent', scope: 'own' }
        : deny('role_not_permitted');
    case 'new_participant':
      if (actor.role === 'supervisor') {
        return { allow: true, reason: 'programme_supervisor', legalBasis: 'programme_supervision' };
      }
      return actor.role === 'job_specialist'
        ? { allow: true, reason: 'programme_member', legalBasis: 'caseload_assignment' }
        : deny('role_not_permitted');
    case 'cooperation':
      return COOPERATING_ROLES.includes(actor.role)
        ? { allow: true, reason: 'programme_member', legalBasis: 'anonymous_discussion' }
        : deny('role_not_permitted');
    case 'programme':
      return actor.role === 'programme_manager'
        ? { allow: true, reason: 'programme_lead', legalBasis: 'programme_management' }
        : deny('role_not_permitted');
  }
}
