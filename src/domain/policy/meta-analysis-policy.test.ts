import { describe, expect, it } from 'vitest';
import { roles } from '../code-lists.ts';
import { decide } from './decide.ts';

const actor = (role: (typeof roles.codes)[number]) => ({
  kind: 'user' as const,
  userId: 'u1',
  name: 'Forsker',
  role,
  organisationId: 'o1',
  programmeId: null,
  teamIds: [],
  participantId: null,
});

describe('the meta-analysis tool', () => {
  const ask = (role: (typeof roles.codes)[number]) =>
    decide({
      actor: actor(role),
      action: 'create',
      subject: { type: 'meta_analysis' },
      purpose: 'outcome_reporting',
      now: new Date(),
    });

  it('allows a researcher, on aggregate figures', () => {
    expect(ask('researcher')).toEqual({
      allow: true,
      reason: 'researcher',
      legalBasis: 'aggregate_statistics',
    });
  });

  it('refuses every other role', () => {
    for (const role of roles.codes.filter((r) => r !== 'researcher')) {
      expect(ask(role), role).toEqual({ allow: false, reason: 'role_not_permitted' });
    }
  });
});
