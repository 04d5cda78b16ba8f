import type { AccessRequest, Action, Decision, Subject } from '../access.ts';
import type { UserActor } from '../actor.ts';
import type { Role } from '../code-lists.ts';
import { decideFidelityIndicators } from './fidelity-indicator-policy.ts';
import { decideFidelity } from './fidelity-policy.ts';
import { decideMetaAnalysis } from './meta-analysis-policy.ts';
import { decideOutcomes } from './outcome-policy.ts';
import { decideParticipant } from './participant-policy.ts';
import { decideResearch } from './research-policy.ts';
import { COOPERATING_ROLES, deny } from './roles.ts';
import { decideSurvey } from './survey-policy.ts';

/**
 * The one decision: may this actor do this action to this subject for this purpose, now?
 * Every access to participant data asks here; nothing else decides access or reads the legal model.
 */
export function decide(request: AccessRequest): Decision {
  const { actor, subject } = request;
  if (actor.kind === 'system') return { allow: true, reason: 'system', legalBasis: 'system_operation' };
  if (subject.type === 'code_lists') return decideCodeLists(actor, request.action);
  if (subject.type === 'directory') return decideDirectory(actor, subject.programmeId, request.action);
  if (subject.type === 'meta_analysis') return decideMetaAnalysis(actor);
  if (subject.type === 'survey') return decideSurvey(actor, subject);
  if (request.purpose === 'research' || subject.type === 'research_extract')
    return decideResearch(actor, subject, request.action, request.now);
  if (actor.role === 'admin') return deny('admin_no_case_content');
  if (subject.type === 'participant') return decideParticipant(actor, subject, request);
  if (subject.type === 'outcomes') return decideOutcomes(actor, subject, request.action);
  if (subject.type === 'fidelity') return decideFidelity(actor, subject, request.action);
  if (subject.type === 'fidelity_indicators') return decideFidelityIndicators(actor, subject, request.action);
  if (!actor.programmeId) return deny('no_programme');
  if (subject.programmeId !== actor.programmeId) return deny('other_programme');
  return decideProgrammeLevel(actor, subject, request.action);
}

/** Job development (employers, employer contacts) is the IPS unit's work. */
const JOB_DEVELOPERS: readonly Role[] = ['job_specialist', 'supervisor'];

function decideProgrammeLevel(
  actor: UserActor,
  subject: Exclude<
    Subject,
    | { type: 'participant' }
    | { type: 'code_lists' }
    | { type: 'directory' }
    | { type: 'outcomes' }
    | { type: 'fidelity' }
    | { type: 'meta_analysis' }
    | { type: 'research_extract' }
    | { type: 'fidelity_indicators' }
    | { type: 'survey' }
  >,
  action: Action,
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
      if (action === 'read' && actor.role !== 'participant')
        return { allow: true, reason: 'programme_member', legalBasis: 'programme_management' };
      return actor.role === 'programme_manager'
        ? { allow: true, reason: 'programme_lead', legalBasis: 'programme_management' }
        : deny('role_not_permitted');
    case 'job_development':
      return JOB_DEVELOPERS.includes(actor.role)
        ? { allow: true, reason: 'programme_member', legalBasis: 'programme_management' }
        : deny('role_not_permitted');
    case 'specialist_work':
      // A supervisor sees every job specialist's work but writes in no one's log.
      if (actor.role === 'supervisor')
        return action === 'read' || action === 'list'
          ? { allow: true, reason: 'programme_supervisor', legalBasis: 'programme_supervision' }
          : deny('role_not_permitted');
      if (actor.role === 'job_specialist')
        return subject.specialistId === actor.userId
          ? { allow: true, reason: 'own_work', legalBasis: 'own_account' }
          : deny('not_own_record');
      return deny('role_not_permitted');
    case 'workforce':
      if (actor.role === 'programme_manager')
        return { allow: true, reason: 'programme_lead', legalBasis: 'programme_management' };
      return actor.role === 'supervisor'
        ? { allow: true, reason: 'programme_supervisor', legalBasis: 'programme_supervision' }
        : deny('role_not_permitted');
  }
}

/** Code lists hold no personal data: everyone signed in reads them; only an administrator changes them. */
function decideCodeLists(actor: UserActor, action: Action): Decision {
  if (action === 'read' || action === 'list')
    return { allow: true, reason: 'signed_in', legalBasis: 'system_operation' };
  return actor.role === 'admin'
    ? { allow: true, reason: 'system_administrator', legalBasis: 'system_operation' }
    : deny('role_not_permitted');
}

/**
 * The programme's directory (organisations, teams, staff, job specialists) holds no participant
 * data: everyone signed in reads their own programme's, and no other programme's.
 */
function decideDirectory(actor: UserActor, programmeId: string | null, action: Action): Decision {
  if (action !== 'read' && action !== 'list') return deny('role_not_permitted');
  return programmeId === actor.programmeId
    ? { allow: true, reason: 'signed_in', legalBasis: 'system_operation' }
    : deny('other_programme');
}
