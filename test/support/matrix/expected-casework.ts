import type { Outcome } from './expected.ts';
import type { MatrixRole, OrgSide } from './fixture.ts';

/** Casework writes are the record holders' work whatever the consent or legal model says. */
export function expectedCaseworkWrite(role: MatrixRole, side: OrgSide): Outcome {
  switch (role) {
    case 'admin':
      return 'deny:admin_no_case_content';
    case 'participant':
      return side === 'same' ? 'deny:role_not_permitted' : 'deny:not_own_record';
    case 'job_specialist':
      return side === 'same' ? 'allow:assigned_job_specialist' : 'deny:not_assigned';
    case 'supervisor':
      // The supervisor of the organisation hosting the record holds it; another organisation's does not.
      return side === 'same' ? 'allow:programme_supervisor' : 'deny:role_not_permitted';
    default:
      return 'deny:role_not_permitted';
  }
}

/**
 * An employer contact for a participant is job development first (the IPS unit's), then casework on
 * that participant: anyone outside the unit is refused before the participant is looked at.
 */
export function expectedEmployerContactFor(role: MatrixRole, side: OrgSide): Outcome {
  if (role === 'job_specialist' || role === 'supervisor') return expectedCaseworkWrite(role, side);
  return role === 'admin' ? 'deny:admin_no_case_content' : 'deny:role_not_permitted';
}

/** Handing a participant to another job specialist is the hosting supervisor's decision alone. */
export function expectedReassign(role: MatrixRole, side: OrgSide): Outcome {
  if (role === 'admin') return 'deny:admin_no_case_content';
  if (role === 'participant') return side === 'same' ? 'deny:role_not_permitted' : 'deny:not_own_record';
  return role === 'supervisor' && side === 'same' ? 'allow:programme_supervisor' : 'deny:role_not_permitted';
}

/**
 * Her identity (the contact details) is changed only by the record holders: no consent or team
 * membership gives anyone else a say in who she is or how she is reached.
 */
export function expectedIdentityUpdate(role: MatrixRole, side: OrgSide): Outcome {
  if (role === 'admin') return 'deny:admin_no_case_content';
  if (role === 'participant') return side === 'same' ? 'deny:role_not_permitted' : 'deny:not_own_record';
  if (side === 'same' && role === 'job_specialist') return 'allow:assigned_job_specialist';
  if (side === 'same' && role === 'supervisor') return 'allow:programme_supervisor';
  return 'deny:role_not_permitted';
}

/** Roles of the programme-level table: the participant-level ones and the programme lead. */
export const PROGRAMME_ROLES = [
  'job_specialist',
  'supervisor',
  'clinician',
  'nav_adviser',
  'reviewer',
  'researcher',
  'programme_manager',
  'participant',
  'admin',
] as const;
export type ProgrammeRole = (typeof PROGRAMME_ROLES)[number];

/** What a programme-level endpoint acts on, as the rule table below knows it. */
export type ProgrammeRule =
  | 'job_development'
  | 'specialist_work_of_same'
  | 'own_work'
  | 'workforce'
  | 'code_lists_read'
  | 'code_lists_change'
  | 'settings_read'
  | 'settings_change'
  | 'caseload_overview';

/**
 * The programme-level rules, stated from the issue independently of the policy code. Organisation
 * does not matter here except for the job specialist asking for the *same* job specialist's work.
 */
export function expectedProgramme(rule: ProgrammeRule, role: ProgrammeRole, side: OrgSide): Outcome {
  if (rule === 'code_lists_read') return 'allow';
  if (rule === 'code_lists_change') return role === 'admin' ? 'allow' : 'deny:role_not_permitted';
  if (role === 'admin') return 'deny:admin_no_case_content';
  const allowIf = (ok: boolean): Outcome => (ok ? 'allow' : 'deny:role_not_permitted');
  switch (rule) {
    case 'job_development':
      return allowIf(role === 'job_specialist' || role === 'supervisor');
    case 'specialist_work_of_same':
      if (role === 'job_specialist') return side === 'same' ? 'allow' : 'deny:not_own_record';
      return allowIf(role === 'supervisor');
    case 'own_work':
      // Only a job specialist writes in their own activity log; the supervisor reads everyone's.
      return allowIf(role === 'job_specialist');
    case 'workforce':
      return allowIf(role === 'supervisor' || role === 'programme_manager');
    case 'settings_read':
      return allowIf(role !== 'participant');
    case 'settings_change':
      return allowIf(role === 'programme_manager');
    case 'caseload_overview':
      return allowIf(role === 'supervisor');
  }
}
