import type { Action, Decision, OutcomeSubject } from '../access.ts';
import type { UserActor } from '../actor.ts';
import { deny } from './roles.ts';

/** Figures that leave the programme: counts only, small cells suppressed. */
const AGGREGATE: Decision = { allow: true, reason: 'signed_in', legalBasis: 'aggregate_statistics' };

/**
 * Who sees outcome figures at which level. Inside a programme its own staff see its figures, per
 * specialist for the supervisor and the programme lead, her own for a job specialist. A resource
 * centre sees every programme of its region and a national reader every region, aggregated and
 * suppressed. No level names a participant, so no consent is asked: the figures are counts.
 */
export function decideOutcomes(actor: UserActor, subject: OutcomeSubject, action: Action): Decision {
  if (action !== 'read' && action !== 'export') return deny('role_not_permitted');
  switch (subject.level) {
    case 'national':
      return actor.role === 'national_reader' ? AGGREGATE : deny('role_not_permitted');
    case 'region':
      if (actor.role === 'national_reader') return AGGREGATE;
      if (actor.role !== 'resource_centre') return deny('role_not_permitted');
      return subject.callerRegionId != null && subject.callerRegionId === subject.regionId
        ? AGGREGATE
        : deny('other_region');
    default:
      return decideInsideProgramme(actor, subject);
  }
}

function decideInsideProgramme(actor: UserActor, subject: OutcomeSubject): Decision {
  if (!actor.programmeId) return deny('no_programme');
  if (subject.programmeId !== actor.programmeId) return deny('other_programme');
  if (actor.role === 'programme_manager')
    return { allow: true, reason: 'programme_lead', legalBasis: 'programme_management' };
  if (actor.role === 'supervisor')
    return { allow: true, reason: 'programme_supervisor', legalBasis: 'programme_supervision' };
  if (actor.role !== 'job_specialist') return deny('role_not_permitted');
  if (subject.level !== 'specialist')
    return { allow: true, reason: 'programme_member', legalBasis: 'programme_management' };
  return subject.specialistId === actor.userId
    ? { allow: true, reason: 'own_work', legalBasis: 'own_account' }
    : deny('not_own_record');
}
