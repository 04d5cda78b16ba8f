import type { Action, Decision, ResearchExtractSubject, Subject } from '../access.ts';
import type { UserActor } from '../actor.ts';
import { osloToday } from '../participant.ts';
import { approvalRefusal } from '../research/project.ts';
import { deny } from './roles.ts';

/**
 * Research works on pseudonymised extracts only. A project's researchers read and list its
 * extracts, on the project's legal basis and within its approval; nobody else does, and no research purpose ever reaches a
 * participant's live record. Making an extract is the platform's (the system actor, audited).
 */
export function decideResearch(actor: UserActor, subject: Subject, action: Action, now: Date): Decision {
  if (subject.type !== 'research_extract') return deny('research_no_live_record');
  if (action !== 'read' && action !== 'list') return deny('role_not_permitted');
  if (actor.role !== 'researcher') return deny('role_not_permitted');
  if (!subject.researcherIds.includes(actor.userId)) return deny('not_project_researcher');
  const outside = subject.approval ? approvalRefusal(subject.approval, osloToday(now)) : null;
  return outside ? deny(outside) : projectBasis(subject);
}

function projectBasis(subject: ResearchExtractSubject): Decision {
  return {
    allow: true,
    reason: 'project_researcher',
    legalBasis: subject.legalBasis === 'consent' ? 'research_consent' : 'health_research_act',
  };
}
