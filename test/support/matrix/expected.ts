import type { ConsentState, MatrixAction, MatrixRole, OrgSide } from './fixture.ts';

/**
 * A cell's outcome: allowed (with the reason and legal basis where the audit event gives them), or
 * denied with the reason; `deny:not_listed` is a participant a list leaves out.
 */
export type Outcome = `allow:${string}` | `deny:${string}` | 'allow';

/** The legal basis each reason to allow access to a participant rests on. */
const BASIS: Record<string, string> = {
  assigned_job_specialist: 'caseload_assignment',
  programme_supervisor: 'programme_supervision',
  treatment_team_member: 'health_care_team',
  consent: 'consent',
  own_record: 'data_subject_access',
};

/** The outcome with the legal basis of its reason, as the audit event must name it. */
export function withBasis(outcome: Outcome): Outcome {
  const [verdict, reason] = outcome.split(':');
  return verdict === 'allow' && reason ? `allow:${reason}:${BASIS[reason]}` : outcome;
}

type Model = 'consent_based' | 'integrated';

/** What each consent state gives a user the consent names, acting on the job plan. */
const BY_CONSENT: Record<ConsentState, Outcome> = {
  none: 'deny:no_consent',
  valid: 'allow:consent',
  expired: 'deny:consent_expired',
  withdrawn: 'deny:consent_withdrawn',
  category_not_covered: 'deny:category_not_covered',
};

/**
 * The access rules, stated cell by cell from the issue and the brief, independently of the policy
 * code: the test compares what the API does with this.
 */
export function expected(
  role: MatrixRole,
  side: OrgSide,
  consent: ConsentState,
  model: Model,
  action: MatrixAction,
): Outcome {
  return withBasis(
    action === 'list' ? listed(role, side, consent, model) : decided(role, side, consent, model, action),
  );
}

/**
 * The caller's list of participants: refused as a whole to roles without a caseload; otherwise the
 * participant is shown when her identity may be read, which a consent to any category gives.
 */
function listed(role: MatrixRole, side: OrgSide, consent: ConsentState, model: Model): Outcome {
  if (role === 'admin') return 'deny:admin_no_case_content';
  if (role === 'reviewer' || role === 'researcher' || role === 'participant')
    return 'deny:role_not_permitted';
  const identity = consent === 'category_not_covered' ? 'valid' : consent;
  const read = decided(role, side, identity, model, 'read');
  return read.startsWith('allow') ? read : 'deny:not_listed';
}

function decided(
  role: MatrixRole,
  side: OrgSide,
  consent: ConsentState,
  model: Model,
  action: Exclude<MatrixAction, 'list'>,
): Outcome {
  const teamMember: Outcome = 'allow:treatment_team_member';
  switch (role) {
    case 'admin':
      return 'deny:admin_no_case_content';
    case 'reviewer':
    case 'researcher':
      return 'deny:role_not_permitted';
    case 'participant':
      if (side === 'other') return 'deny:not_own_record';
      return action === 'update' ? 'deny:role_not_permitted' : 'allow:own_record';
    case 'job_specialist':
    case 'supervisor': {
      const holder = side === 'same';
      if (holder && action !== 'export')
        return role === 'job_specialist' ? 'allow:assigned_job_specialist' : 'allow:programme_supervisor';
      // The holder's export goes to the treatment team: only what the team may see.
      if (holder) return model === 'integrated' ? teamMember : BY_CONSENT[consent];
      if (role === 'job_specialist') {
        if (model === 'integrated') return teamMember;
        return consent === 'none' ? 'deny:not_assigned' : BY_CONSENT[consent];
      }
      // A supervisor of another organisation asks for supervision, a purpose no IPS consent covers.
      return consent === 'valid' || consent === 'category_not_covered'
        ? 'deny:purpose_not_covered'
        : BY_CONSENT[consent];
    }
    case 'clinician':
      return model === 'integrated' ? teamMember : BY_CONSENT[consent];
    case 'nav_adviser':
      return BY_CONSENT[consent];
  }
}
