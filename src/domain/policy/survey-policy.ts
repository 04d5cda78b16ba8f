import type { Decision } from '../access.ts';
import type { UserActor } from '../actor.ts';
import type { Role } from '../code-lists.ts';
import { deny } from './roles.ts';

/** Who may run a job-specialist survey: researchers, programme managers and resource centres. */
export const SURVEY_OWNERS: readonly Role[] = ['researcher', 'programme_manager', 'resource_centre'];

/**
 * Job-specialist surveys hold staff answers, never participant data, and leave only as aggregates
 * with k respondents per cell. An owner role may create a survey; only its owner sees its links,
 * reminders and results; a programme manager sends surveys to her own programme only. Respondents
 * never come through here: they answer by their personal link.
 */
export function decideSurvey(
  actor: UserActor,
  subject: { ownerId: string | null; programmeIds: readonly string[] },
): Decision {
  if (!SURVEY_OWNERS.includes(actor.role)) return deny('role_not_permitted');
  if (subject.ownerId !== null && subject.ownerId !== actor.userId) return deny('not_own_record');
  if (actor.role === 'programme_manager' && subject.programmeIds.some((p) => p !== actor.programmeId)) {
    return deny('other_programme');
  }
  const reason = actor.role === 'researcher' ? 'researcher' : 'programme_lead';
  return { allow: true, reason, legalBasis: 'aggregate_statistics' };
}
