import { describe, expect, it } from 'vitest';
import type { FidelityIndicatorSubject } from '../access.ts';
import type { UserActor } from '../actor.ts';
import type { Role } from '../code-lists.ts';
import { decideFidelityIndicators } from './fidelity-indicator-policy.ts';

function actor(role: Role, programmeId: string | null): UserActor {
  return { kind: 'user', userId: 'u', role, organisationId: 'o', programmeId } as UserActor;
}

function subject(records: boolean, callerRegionId: string | null = 'nord'): FidelityIndicatorSubject {
  return {
    type: 'fidelity_indicators',
    programmeId: 'p1',
    programmeRegionId: 'nord',
    callerRegionId,
    records,
  };
}

const outcome = (role: Role, programmeId: string | null, s: FidelityIndicatorSubject) => {
  const d = decideFidelityIndicators(actor(role, programmeId), s, 'read');
  return d.allow ? `allow:${d.reason}` : `deny:${d.reason}`;
};

describe('who sees a programme’s live fidelity indicators', () => {
  it('lets its staff see the values and the records behind them', () => {
    for (const role of ['programme_manager', 'supervisor', 'job_specialist'] as const) {
      expect(outcome(role, 'p1', subject(false))).toMatch(/^allow/);
      expect(outcome(role, 'p1', subject(true))).toMatch(/^allow/);
    }
    expect(outcome('clinician', 'p1', subject(false))).toBe('deny:role_not_permitted');
    expect(outcome('job_specialist', 'p2', subject(false))).toBe('deny:other_programme');
  });
  it('gives the region’s reviewers the values only, and refuses other regions and the programme’s own staff', () => {
    expect(outcome('reviewer', null, subject(false))).toBe('allow:fidelity_reviewer');
    expect(outcome('reviewer', null, subject(true))).toBe('deny:aggregate_only');
    expect(outcome('reviewer', null, subject(false, 'vest'))).toBe('deny:other_region');
    expect(outcome('reviewer', 'p1', subject(false))).toBe('deny:reviewed_programme_staff');
  });
  it('allows reading only', () => {
    expect(decideFidelityIndicators(actor('supervisor', 'p1'), subject(false), 'update').allow).toBe(false);
  });
});
