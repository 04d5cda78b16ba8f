import type { Action, Decision, FidelityIndicatorSubject } from '../access.ts';
import type { UserActor } from '../actor.ts';
import { deny } from './roles.ts';

/**
 * Who sees a programme's live fidelity indicators. Its own staff (lead, supervisor, job
 * specialists) see the values and the records behind them; the records' participants are then
 * decided one by one (decideEach), so a name shows only to whom her record is open. A fidelity
 * reviewer of the programme's region sees the values as evidence for a review, counts only: the
 * records behind them reach a reviewer only through a chart-review grant, never here.
 */
export function decideFidelityIndicators(
  actor: UserActor,
  subject: FidelityIndicatorSubject,
  action: Action,
): Decision {
  if (action !== 'read') return deny('role_not_permitted');
  if (actor.role === 'reviewer') return decideReviewer(actor, subject);
  if (!actor.programmeId) return deny('no_programme');
  if (subject.programmeId !== actor.programmeId) return deny('other_programme');
  switch (actor.role) {
    case 'programme_manager':
      return { allow: true, reason: 'programme_lead', legalBasis: 'programme_management' };
    case 'supervisor':
      return { allow: true, reason: 'programme_supervisor', legalBasis: 'programme_supervision' };
    case 'job_specialist':
      return { allow: true, reason: 'programme_member', legalBasis: 'programme_management' };
    default:
      return deny('role_not_permitted');
  }
}

/** As for a review (fidelity-policy.ts): the region's reviewers, never one of the programme's own staff. */
function decideReviewer(actor: UserActor, subject: FidelityIndicatorSubject): Decision {
  if (actor.programmeId != null && actor.programmeId === subject.programmeId)
    return deny('reviewed_programme_staff');
  if (subject.callerRegionId == null || subject.callerRegionId !== subject.programmeRegionId)
    return deny('other_region');
  if (subject.records) return deny('aggregate_only');
  return { allow: true, reason: 'fidelity_reviewer', legalBasis: 'quality_review' };
}
