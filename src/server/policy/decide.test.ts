import { describe, expect, it } from 'vitest';
import type { Actor, UserActor } from '../../domain/actor.ts';
import type { Role } from '../../domain/code-lists.ts';
import { decide } from './decide.ts';

const PROGRAMME = 'prog-salten';
const participant = {
  type: 'participant',
  id: 'p1',
  programmeId: PROGRAMME,
  jobSpecialistId: 'u-kari',
} as const;

function user(role: Role, overrides: Partial<UserActor> = {}): Actor {
  return {
    kind: 'user',
    userId: `u-${role}`,
    name: role,
    role,
    organisationId: 'org',
    programmeId: PROGRAMME,
    ...overrides,
  };
}

describe('the policy decision for participants', () => {
  it('allows the assigned job specialist, with caseload assignment as legal basis', () => {
    const d = decide({
      actor: user('job_specialist', { userId: 'u-kari' }),
      action: 'read',
      subject: participant,
      purpose: 'ips_follow_up',
    });
    expect(d).toEqual({ allow: true, reason: 'assigned_job_specialist', legalBasis: 'caseload_assignment' });
  });

  it('allows the supervisor of the same programme', () => {
    const d = decide({
      actor: user('supervisor'),
      action: 'update',
      subject: participant,
      purpose: 'supervision',
    });
    expect(d).toMatchObject({ allow: true, reason: 'programme_supervisor' });
  });

  it.each([
    ['a job specialist not assigned', user('job_specialist'), 'not_assigned'],
    [
      'a supervisor of another programme',
      user('supervisor', { programmeId: 'prog-tromso' }),
      'other_programme',
    ],
    ['a job specialist without a programme', user('job_specialist', { programmeId: null }), 'no_programme'],
    ['a clinician', user('clinician'), 'role_not_permitted'],
    ['a NAV adviser', user('nav_adviser'), 'role_not_permitted'],
    ['a researcher', user('researcher'), 'role_not_permitted'],
    ['a participant', user('participant'), 'role_not_permitted'],
    ['a fidelity reviewer', user('reviewer'), 'role_not_permitted'],
    ['a programme manager', user('programme_manager'), 'role_not_permitted'],
    ['an administrator', user('admin'), 'admin_no_case_content'],
  ])('denies %s with reason %s', (_who, actor, reason) => {
    for (const action of ['read', 'update'] as const) {
      expect(decide({ actor, action, subject: participant, purpose: 'ips_follow_up' })).toEqual({
        allow: false,
        reason,
      });
    }
  });

  it('scopes the caseload: own for a job specialist, the programme for a supervisor', () => {
    const caseload = { type: 'caseload', programmeId: PROGRAMME } as const;
    expect(
      decide({ actor: user('job_specialist'), action: 'list', subject: caseload, purpose: 'ips_follow_up' }),
    ).toMatchObject({ scope: 'own' });
    expect(
      decide({ actor: user('supervisor'), action: 'list', subject: caseload, purpose: 'supervision' }),
    ).toMatchObject({ scope: 'programme' });
  });

  it('allows the system actor, recording operation of the system as basis', () => {
    const d = decide({
      actor: { kind: 'system', name: 'demo-seed' },
      action: 'create',
      subject: participant,
      purpose: 'system_administration',
    });
    expect(d).toMatchObject({ allow: true, legalBasis: 'system_operation' });
  });
});
