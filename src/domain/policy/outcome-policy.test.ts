import { describe, expect, it } from 'vitest';
import type { OutcomeLevel, OutcomeSubject } from '../access.ts';
import type { Actor } from '../actor.ts';
import type { Role } from '../code-lists.ts';
import { decide } from './decide.ts';

const NOW = new Date('2026-06-15T10:00:00Z');

function user(role: Role, programmeId: string | null = 'prog-a'): Actor {
  return {
    kind: 'user',
    userId: `u-${role}`,
    name: role,
    role,
    organisationId: 'org',
    programmeId,
    teamIds: [],
    participantId: null,
  };
}

function ask(actor: Actor, level: OutcomeLevel, over: Partial<OutcomeSubject> = {}) {
  const subject: OutcomeSubject = { type: 'outcomes', level, programmeId: 'prog-a', ...over };
  const d = decide({ actor, action: 'read', subject, purpose: 'outcome_reporting', now: NOW });
  return d.allow ? `allow:${d.legalBasis}` : `deny:${d.reason}`;
}

describe('outcome figures by level', () => {
  it('shows a job specialist her own and her programme’s figures, not a colleague’s', () => {
    const kari = user('job_specialist');
    expect(ask(kari, 'specialist', { specialistId: 'u-job_specialist' })).toBe('allow:own_account');
    expect(ask(kari, 'specialist', { specialistId: 'u-other' })).toBe('deny:not_own_record');
    expect(ask(kari, 'programme')).toBe('allow:programme_management');
    expect(ask(kari, 'programme', { programmeId: 'prog-b' })).toBe('deny:other_programme');
    expect(ask(kari, 'region', { regionId: 'nord' })).toBe('deny:role_not_permitted');
  });

  it('shows the supervisor and the programme lead every specialist of their own programme only', () => {
    for (const role of ['supervisor', 'programme_manager'] as const) {
      expect(ask(user(role), 'specialist', { specialistId: 'u-other' })).toMatch(/^allow/);
      expect(ask(user(role), 'team')).toMatch(/^allow/);
      expect(ask(user(role), 'programme', { programmeId: 'prog-b' })).toBe('deny:other_programme');
      expect(ask(user(role), 'national')).toBe('deny:role_not_permitted');
    }
  });

  it('shows a resource centre its own region, aggregated, and nothing inside a programme', () => {
    const centre = user('resource_centre', null);
    expect(ask(centre, 'region', { regionId: 'nord', callerRegionId: 'nord' })).toBe(
      'allow:aggregate_statistics',
    );
    expect(ask(centre, 'region', { regionId: 'vest', callerRegionId: 'nord' })).toBe('deny:other_region');
    expect(ask(centre, 'region', { regionId: 'nord', callerRegionId: null })).toBe('deny:other_region');
    expect(ask(centre, 'programme')).toBe('deny:no_programme');
    expect(ask(centre, 'national')).toBe('deny:role_not_permitted');
  });

  it('shows a national reader every region and the country, aggregated, and no programme inside', () => {
    const reader = user('national_reader', null);
    expect(ask(reader, 'national')).toBe('allow:aggregate_statistics');
    expect(ask(reader, 'region', { regionId: 'vest' })).toBe('allow:aggregate_statistics');
    expect(ask(reader, 'specialist', { specialistId: 'u-x' })).toBe('deny:no_programme');
  });

  it('refuses clinicians, NAV advisers, researchers and administrators', () => {
    for (const role of ['clinician', 'nav_adviser', 'researcher', 'reviewer', 'participant'] as const)
      expect(ask(user(role), 'programme')).toBe('deny:role_not_permitted');
    expect(ask(user('admin'), 'national')).toBe('deny:admin_no_case_content');
  });
});
