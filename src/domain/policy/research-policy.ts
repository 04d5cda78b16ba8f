import type { Action, Decision, ResearchExtractSubject, Subject } from '../access.ts';
import type { UserActor } from '../actor.ts';
import { osloToday } from '../participant.ts';
import { approvalRefusal } from '../research/project.ts';
import { deny } from './roles.ts';

/**
 * Research works on pseudonymised extracts only. A project's researchers read and list its
 * extracts, on the project's legal basis and within its approval; nobody else does, and no research purpose ever reaches a
 * participant's live record. Making an extract is the platform's (the system actor, audited) or,
 * from the web, the data steward's: the lead of a programme the project covers.
 */
export function decideResearch(actor: UserActor, subject: Subject, action: Action, now: Date): Decision {
  if (subject.type !== 'research_extract') return deny('research_no_live_record');
  if (action === 'export') return decideSteward(actor, subject, now);
  if (action !== 'read' && action !== 'list') return deny('role_not_permitted');
  if (actor.role !== 'researcher') return deny('role_not_permitted');
  if (!subject.researcherIds.includes(actor.userId)) return deny('not_project_researcher');
  return withinApproval(subject, now, 'project_researcher');
}

function decideSteward(actor: UserActor, subject: ResearchExtractSubject, now: Date): Decision {
  if (actor.role !== 'programme_manager') return deny('role_not_permitted');
  if (!actor.programmeId || !subject.programmeIds?.includes(actor.programmeId))
    return deny('not_project_steward');
  return withinApproval(subject, now, 'project_data_steward');
}

function withinApproval(
  subject: ResearchExtractSubject,
  now: Date,
  reason: 'project_researcher' | 'project_data_steward',
): Decision {
  const outside = subject.approval ? approvalRefusal(subject.approval, osloToday(now)) : null;
  if (outside) return deny(outside);
  return {
    allow: true,
    reason,
    legalBasis: subject.legalBasis === 'consent' ? 'research_consent' : 'health_research_act',
  };
}
