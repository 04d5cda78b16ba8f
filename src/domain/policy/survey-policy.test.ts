import { describe, expect, it } from 'vitest';
import type { Role } from '../code-lists.ts';
import { decide } from './decide.ts';

const actor = (role: Role, programmeId: string | null = null) => ({
  kind: 'user' as const,
  userId: 'u1',
  name: 'Eier',
  role,
  organisationId: 'o1',
  programmeId,
  teamIds: [],
  participantId: null,
});

const ask = (
  role: Role,
  ownerId: string | null,
  programmeIds: string[] = [],
  programmeId: string | null = null,
  regions: { programmes?: string; caller?: string | null } = {},
) =>
  decide({
    actor: actor(role, programmeId),
    action: 'read',
    subject: {
      type: 'survey',
      ownerId,
      programmes: programmeIds.map((id) => ({ id, regionId: regions.programmes ?? 'nord' })),
      callerRegionId: regions.caller === undefined ? 'nord' : regions.caller,
    },
    purpose: 'outcome_reporting',
    now: new Date(),
  });

describe('job-specialist surveys', () => {
  it('lets a researcher create a survey and read her own, on aggregate figures', () => {
    expect(ask('researcher', null, ['p1'])).toMatchObject({
      allow: true,
      legalBasis: 'aggregate_statistics',
    });
    expect(ask('researcher', 'u1')).toMatchObject({ allow: true });
  });

  it('refuses another owner’s survey, and a job specialist any survey’s results', () => {
    expect(ask('researcher', 'u2')).toEqual({ allow: false, reason: 'not_own_record' });
    expect(ask('job_specialist', 'u1')).toEqual({ allow: false, reason: 'role_not_permitted' });
  });

  it('keeps a programme manager to her own programme', () => {
    expect(ask('programme_manager', null, ['p1'], 'p1')).toMatchObject({
      allow: true,
      reason: 'programme_lead',
    });
    expect(ask('programme_manager', null, ['p1', 'p2'], 'p1')).toEqual({
      allow: false,
      reason: 'other_programme',
    });
  });

  it('keeps a resource centre to the programmes of its own region', () => {
    expect(ask('resource_centre', null, ['p1'])).toMatchObject({ allow: true, reason: 'programme_lead' });
    expect(ask('resource_centre', null, ['p1'], null, { programmes: 'vest' })).toEqual({
      allow: false,
      reason: 'other_region',
    });
    expect(ask('resource_centre', null, ['p1'], null, { caller: null })).toEqual({
      allow: false,
      reason: 'other_region',
    });
  });
});
