import { describe, expect, it } from 'vitest';
import type { Participant } from '../../api/types.ts';
import { createBody, emptyValues, updateBody, valuesFromParticipant } from '../participant-form.ts';

describe('the referral facts on the participant form', () => {
  it('starts as standard IPS with work at referral unknown, and sends them on create', () => {
    const body = createBody({ ...emptyValues('js-1'), fnr: '01019012345' });
    expect(body).toMatchObject({ track: 'standard', employedAtReferral: null });
    expect(createBody({ ...emptyValues(''), track: 'ips_ung', employedAtReferral: 'no' })).toMatchObject({
      track: 'ips_ung',
      employedAtReferral: false,
    });
  });

  it('sends only the facts that changed on edit', () => {
    const participant = {
      givenName: 'Ingrid',
      familyName: 'Solberg',
      referralDate: '2026-01-05',
      referralSource: 'clinician',
      referringOrganisation: { id: 'org-1', name: 'FACT' },
      jobSpecialist: null,
      track: 'ips_ung',
      employedAtReferral: true,
    } as unknown as Participant & { track: 'ips_ung'; employedAtReferral: boolean };
    const original = valuesFromParticipant(participant);
    expect(original).toMatchObject({ track: 'ips_ung', employedAtReferral: 'yes' });
    expect(updateBody(original, original, 3)).toEqual({ version: 3 });
    expect(updateBody(original, { ...original, employedAtReferral: 'unknown' }, 3)).toEqual({
      version: 3,
      employedAtReferral: null,
    });
  });
});
