import { describe, expect, it } from 'vitest';
import type { FidelitySubject } from '../access.ts';
import type { UserActor } from '../actor.ts';
import type { Role } from '../code-lists.ts';
import { decideFidelity } from './fidelity-policy.ts';

const SALTEN = 'programme-salten';
const user = (role: Role, programmeId: string | null = null): UserActor => ({
  kind: 'user',
  userId: 'u1',
  name: 'Test',
  role,
  organisationId: 'org',
  programmeId,
  teamIds: [],
  participantId: null,
});
const review = (s: Partial<FidelitySubject> = {}): FidelitySubject => ({
  type: 'fidelity',
  part: 'review',
  programmeId: SALTEN,
  regionId: 'nord',
  callerRegionId: 'nord',
  reviewerOfReview: true,
  signedOff: false,
  ...s,
});

describe('decideFidelity', () => {
  it('lets a named reviewer of the region work on the review', () => {
    expect(decideFidelity(user('reviewer'), review(), 'update')).toMatchObject({
      allow: true,
      reason: 'fidelity_reviewer',
    });
  });

  it('refuses a reviewer of another region, one not named on the review, and one on the programme’s staff', () => {
    expect(decideFidelity(user('reviewer'), review({ callerRegionId: 'vest' }), 'read')).toEqual({
      allow: false,
      reason: 'other_region',
    });
    expect(decideFidelity(user('reviewer'), review({ reviewerOfReview: false }), 'update')).toEqual({
      allow: false,
      reason: 'not_reviewer_of_review',
    });
    expect(decideFidelity(user('reviewer', SALTEN), review(), 'read')).toEqual({
      allow: false,
      reason: 'reviewed_programme_staff',
    });
  });

  it('shows the programme lead a review only once signed off, and lets the lead alone grant the chart review', () => {
    expect(decideFidelity(user('programme_manager', SALTEN), review(), 'read')).toEqual({
      allow: false,
      reason: 'review_not_signed_off',
    });
    expect(
      decideFidelity(user('programme_manager', SALTEN), review({ signedOff: true }), 'read'),
    ).toMatchObject({ allow: true });
    expect(
      decideFidelity(user('programme_manager', SALTEN), review({ part: 'chart_grant' }), 'create'),
    ).toMatchObject({ allow: true });
    expect(decideFidelity(user('supervisor', SALTEN), review({ part: 'chart_grant' }), 'create')).toEqual({
      allow: false,
      reason: 'role_not_permitted',
    });
    expect(
      decideFidelity(user('supervisor', SALTEN), review({ part: 'action_status' }), 'update'),
    ).toMatchObject({ allow: true });
  });

  it('gives the region view to the region’s resource centre only', () => {
    const region = review({ part: 'region', programmeId: null });
    expect(decideFidelity(user('resource_centre'), region, 'read')).toMatchObject({
      allow: true,
      legalBasis: 'aggregate_statistics',
    });
    expect(decideFidelity(user('resource_centre'), { ...region, regionId: 'vest' }, 'read')).toEqual({
      allow: false,
      reason: 'other_region',
    });
    expect(decideFidelity(user('reviewer'), region, 'read')).toEqual({
      allow: false,
      reason: 'role_not_permitted',
    });
  });
});
