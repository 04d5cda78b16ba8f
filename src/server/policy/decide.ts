import type { AccessRequest, Decision, Subject } from '../../domain/access.ts';
import type { UserActor } from '../../domain/actor.ts';

/**
 * The one decision: may this actor do this action to this subject for this purpose?
 * Every access to participant data asks here; nothing else decides access.
 */
export function decide({ actor, subject }: AccessRequest): Decision {
  if (actor.kind === 'system') return { allow: true, reason: 'system', legalBasis: 'system_operation' };
  if (actor.role === 'admin') return deny('admin_no_case_content');
  if (actor.role !== 'job_specialist' && actor.role !== 'supervisor') return deny('role_not_permitted');
  if (!actor.programmeId) return deny('no_programme');
  if (subject.programmeId !== actor.programmeId) return deny('other_programme');
  switch (subject.type) {
    case 'participant':
      return decideParticipant(actor, subject);
    case 'caseload':
    case 'new_participant':
      return actor.role === 'supervisor'
        ? {
            allow: true,
            reason: 'programme_supervisor',
            legalBasis: 'programme_supervision',
            scope: 'programme',
          }
        : { allow: true, reason: 'programme_member', legalBasis: 'caseload_assignment', scope: 'own' };
  }
}

function decideParticipant(actor: UserActor, subject: Extract<Subject, { type: 'participant' }>): Decision {
  if (actor.role === 'supervisor') {
    return { allow: true, reason: 'programme_supervisor', legalBasis: 'programme_supervision' };
  }
  if (subject.jobSpecialistId === actor.userId) {
    return { allow: true, reason: 'assigned_job_specialist', legalBasis: 'caseload_assignment' };
  }
  return deny('not_assigned');
}

function deny(reason: Extract<Decision, { allow: false }>['reason']): Decision {
  return { allow: false, reason };
}
