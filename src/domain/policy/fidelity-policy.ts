import type { Action, Decision, FidelitySubject } from '../access.ts';
import type { UserActor } from '../actor.ts';
import { deny } from './roles.ts';

const REVIEWER: Decision = { allow: true, reason: 'fidelity_reviewer', legalBasis: 'quality_review' };
const LEAD: Decision = { allow: true, reason: 'programme_lead', legalBasis: 'programme_management' };
const SUPERVISOR: Decision = {
  allow: true,
  reason: 'programme_supervisor',
  legalBasis: 'programme_supervision',
};
const AGGREGATE: Decision = { allow: true, reason: 'signed_in', legalBasis: 'aggregate_statistics' };
const SIGNED_IN: Decision = { allow: true, reason: 'signed_in', legalBasis: 'system_operation' };

/**
 * Who takes part in a fidelity review. Reviewers come from a resource centre and reach the
 * programmes of its region only; what is written into a review is its named reviewers' alone, and a
 * reviewer on the reviewed programme's own staff is refused (no one reviews their own practice).
 * The programme's lead and supervisor see a review once it is signed off and keep its action plan's
 * status; the lead alone opens the chart review. The region view is the resource centre's.
 */
export function decideFidelity(actor: UserActor, s: FidelitySubject, action: Action): Decision {
  if (s.part === 'scale') return action === 'read' ? SIGNED_IN : deny('role_not_permitted');
  if (s.part === 'region') return decideRegion(actor, s, action);
  if (actor.role === 'reviewer') return decideReviewer(actor, s);
  if (actor.role !== 'programme_manager' && actor.role !== 'supervisor') return deny('role_not_permitted');
  if (!actor.programmeId) return deny('no_programme');
  if (actor.programmeId !== s.programmeId) return deny('other_programme');
  return decideProgramme(actor, s, action);
}

function decideRegion(actor: UserActor, s: FidelitySubject, action: Action): Decision {
  if (action !== 'read') return deny('role_not_permitted');
  if (actor.role === 'national_reader') return AGGREGATE;
  if (actor.role !== 'resource_centre') return deny('role_not_permitted');
  return s.callerRegionId != null && s.callerRegionId === s.regionId ? AGGREGATE : deny('other_region');
}

function decideReviewer(actor: UserActor, s: FidelitySubject): Decision {
  if (actor.programmeId != null && actor.programmeId === s.programmeId)
    return deny('reviewed_programme_staff');
  if (s.callerRegionId == null || s.callerRegionId !== s.regionId) return deny('other_region');
  switch (s.part) {
    case 'reviews':
    case 'report':
      return REVIEWER;
    case 'review':
      return s.reviewerOfReview ? REVIEWER : deny('not_reviewer_of_review');
    default:
      return deny('role_not_permitted');
  }
}

function decideProgramme(actor: UserActor, s: FidelitySubject, action: Action): Decision {
  const own = actor.role === 'programme_manager' ? LEAD : SUPERVISOR;
  switch (s.part) {
    case 'reviews':
      return action === 'read' || action === 'list' ? own : deny('role_not_permitted');
    case 'review':
    case 'report':
      if (action !== 'read') return deny('role_not_permitted');
      return s.signedOff ? own : deny('review_not_signed_off');
    case 'action_status':
      return own;
    case 'chart_grant':
      return actor.role === 'programme_manager' ? LEAD : deny('role_not_permitted');
    default:
      return deny('role_not_permitted');
  }
}
