import { describe, expect, it } from 'vitest';
import type { ParticipantFacts, ResearchExtractSubject } from '../access.ts';
import type { Actor } from '../actor.ts';
import type { Purpose, Role } from '../code-lists.ts';
import { decide } from './decide.ts';

const NOW = new Date('2026-06-15T10:00:00Z');

function user(role: Role, userId = `u-${role}`): Actor {
  return {
    kind: 'user',
    userId,
    name: role,
    role,
    organisationId: 'org',
    programmeId: 'prog-a',
    teamIds: [],
    participantId: null,
  };
}

const extracts = (over: Partial<ResearchExtractSubject> = {}): ResearchExtractSubject => ({
  type: 'research_extract',
  projectId: 'proj-ipsnor',
  researcherIds: ['u-rita'],
  legalBasis: 'health_research_act',
  ...over,
});

const record: ParticipantFacts = {
  type: 'participant',
  id: 'p1',
  programmeId: 'prog-a',
  jobSpecialistId: 'u-kari',
  hostOrganisationId: 'org',
  treatmentTeamId: null,
  treatmentTeamOrganisationId: null,
  legalModel: 'consent_based',
  consents: [],
  restricted: false,
  erased: false,
  breakGlassUntil: null,
  protection: null,
};

function ask(
  actor: Actor,
  subject: ResearchExtractSubject | ParticipantFacts,
  purpose: Purpose = 'research',
) {
  const d = decide({ actor, action: 'read', subject, purpose, category: 'identity', now: NOW });
  return d.allow ? `allow:${d.legalBasis}` : `deny:${d.reason}`;
}

describe('research on pseudonymised extracts', () => {
  it('lets a project’s researcher read its extracts on the project’s legal basis', () => {
    const rita = user('researcher', 'u-rita');
    expect(ask(rita, extracts())).toBe('allow:health_research_act');
    expect(ask(rita, extracts({ legalBasis: 'consent' }))).toBe('allow:research_consent');
  });

  it('reaches nothing outside the project’s approval, by the day in Oslo', () => {
    const rita = user('researcher', 'u-rita');
    const approval = (approvedFrom: string, approvedUntil: string) =>
      extracts({ approval: { approvedFrom, approvedUntil } });
    expect(ask(rita, approval('2026-01-01', '2026-06-15'))).toBe('allow:health_research_act');
    expect(ask(rita, approval('2025-01-01', '2026-06-14'))).toBe('deny:approval_expired');
    expect(ask(rita, approval('2026-06-16', '2027-01-01'))).toBe('deny:approval_not_started');
  });

  it('refuses a researcher another project’s extracts', () => {
    expect(ask(user('researcher', 'u-tor'), extracts())).toBe('deny:not_project_researcher');
  });

  it('never reaches a live record for research, whoever asks', () => {
    expect(ask(user('researcher', 'u-rita'), record)).toBe('deny:research_no_live_record');
    expect(ask(user('job_specialist', 'u-kari'), record)).toBe('deny:research_no_live_record');
    expect(ask(user('researcher', 'u-rita'), record, 'ips_follow_up')).toBe('deny:role_not_permitted');
  });

  it('refuses extracts to every other role, even one named on the project by mistake', () => {
    for (const role of [
      'job_specialist',
      'supervisor',
      'programme_manager',
      'admin',
      'national_reader',
    ] as const)
      expect(ask(user(role, 'u-rita'), extracts())).toBe('deny:role_not_permitted');
  });

  it('lets no researcher change an extract', () => {
    const d = decide({
      actor: user('researcher', 'u-rita'),
      action: 'update',
      subject: extracts(),
      purpose: 'research',
      now: NOW,
    });
    expect(d).toEqual({ allow: false, reason: 'role_not_permitted' });
  });

  it('lets the lead of a covered programme make the project’s extract, within its approval', () => {
    const make = (actor: Actor, over: Partial<ResearchExtractSubject> = {}) => {
      const d = decide({
        actor,
        action: 'export',
        subject: extracts({ programmeIds: ['prog-a'], ...over }),
        purpose: 'research',
        now: NOW,
      });
      return d.allow ? `allow:${d.reason}` : `deny:${d.reason}`;
    };
    const lead = user('programme_manager');
    expect(make(lead)).toBe('allow:project_data_steward');
    expect(make(lead, { programmeIds: ['prog-b'] })).toBe('deny:not_project_steward');
    expect(make(lead, { approval: { approvedFrom: '2025-01-01', approvedUntil: '2026-06-14' } })).toBe(
      'deny:approval_expired',
    );
    for (const role of ['job_specialist', 'supervisor', 'researcher', 'admin'] as const)
      expect(make(user(role, 'u-rita'))).toBe('deny:role_not_permitted');
  });
});
