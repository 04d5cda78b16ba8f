import { describe, expect, it } from 'vitest';
<<<<<<< HEAD
import { CUT_KEYS, inCut, isCutKey } from './cuts.ts';
import type { ParticipantHistory } from './history.ts';

function person(id: string, over: Partial<ParticipantHistory>): ParticipantHistory {
  return {
    participantId: id,
    programmeId: 'p',
    jobSpecialistId: null,
    track: 'standard',
    sex: 'female',
    birthDate: '1990-01-01',
    referralDate: '2026-01-10',
    referralSource: 'nav',
    employedAtReferral: false,
    stages: [],
    jobs: [],
    employerContacts: [],
    contacts: [],
    ...over,
  };
}

describe('cuts of a programme’s participants', () => {
  const people = [
    person('a', { birthDate: '1996-01-11', track: 'ips_ung', sex: 'male' }),
    person('b', { birthDate: '1996-01-10', referralSource: 'self' }),
    person('c', { birthDate: null }),
  ];

  it('puts the age band at referral: 29 the day before the 30th birthday, 30 on it', () => {
    expect(inCut(people, 'age:under30').map((h) => h.participantId)).toEqual(['a']);
    expect(inCut(people, 'age:over30').map((h) => h.participantId)).toEqual(['b']);
  });

  it('cuts by track, sex and referral source, and keeps everyone in all', () => {
    expect(inCut(people, 'track:ips_ung').map((h) => h.participantId)).toEqual(['a']);
    expect(inCut(people, 'sex:female').map((h) => h.participantId)).toEqual(['b', 'c']);
    expect(inCut(people, 'source:self').map((h) => h.participantId)).toEqual(['b']);
    expect(inCut(people, 'all')).toHaveLength(3);
  });

  it('knows its keys and refuses others', () => {
    expect(CUT_KEYS[0]).toBe('all');
    expect(isCutKey('source:municipality')).toBe(true);
    expect(isCutKey('sex:unknown')).toBe(false);
    expect(isCutKey('diagnosis:x')).toBe(false);
=======
import { history } from '../../../test/support/outcome-histories.ts';
import { cutLabel, cutValue, splitBy } from './cuts.ts';

describe('cuts', () => {
  const young = history('Y', '2026-01-10', { birthDate: '1996-01-11', track: 'ips_ung', sex: 'male' });
  const thirty = history('T', '2026-01-10', { birthDate: '1996-01-10', referralSource: 'clinician' });
  const unknown = history('U', '2026-01-10', { birthDate: null });

  it('puts a participant in the age band of her age on the referral day', () => {
    expect([young, thirty, unknown].map((h) => cutValue(h, 'age_band'))).toEqual([
      'under_30',
      '30_and_over',
      'unknown',
    ]);
  });

  it('splits by every value, keeping empty groups so tables keep their shape', () => {
    const bySource = splitBy([young, thirty, unknown], 'referral_source');
    expect([...bySource].map(([v, hs]) => [v, hs.map((h) => h.participantId)])).toEqual([
      ['clinician', ['T']],
      ['nav', ['Y', 'U']],
      ['municipality', []],
      ['self', []],
      ['other', []],
    ]);
    expect(cutLabel('track', cutValue(young, 'track'))).toEqual({
      nb: 'IPS ung (16–30 år)',
      en: 'IPS youth (16–30)',
    });
>>>>>>> metrics14
  });
});
