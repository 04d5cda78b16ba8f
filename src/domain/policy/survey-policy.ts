import type { Decision, SurveySubject } from '../access.ts';
import type { UserActor } from '../actor.ts';
import type { Role } from '../code-lists.ts';
import { deny } from './roles.ts';

/** Who may run a job-specialist survey: researchers, programme managers and resource centres. */
export const SURVEY_OWNERS: readonly Role[] = ['researcher', 'programme_manager', 'resource_centre'];

/**
 * Job-specialist surveys hold staff answers, never participant data, and leave only as aggregates
 * with k respondents per cell. An owner role may create a survey; only its owner sees its links,
 * reminders and results; a programme manager sends surveys to her own programme only, a resource
 * centre to the programmes of its own region only (it supports those, seed 000). Respondents never
 * come through here: they answer by their personal link.
 */
export function decideSurvey(actor: UserActor, subject: SurveySubject): Decision {
  if (!SURVEY_OWNERS.includes(actor.role)) return deny('role_not_permitted');
  if (subject.ownerId !== null && subject.ownerId !== actor.userId) return deny('not_own_record');
  if (actor.role === 'programme_manager' && subject.programmes.some((p) => p.id !== actor.programmeId)) {
    return deny('other_programme');
  }
  if (
    actor.role === 'resource_centre' &&
    subject.programmes.some((p) => p.regionId === null || p.regionId !== subject.callerRegionId)
  ) {
    return deny('other_region');
  }
  const reason = actor.role === 'researcher' ? 'researcher' : 'programme_lead';
  return { allow: true, reason, legalBasis: 'aggregate_statistics' };
}
