import { describe, expect, it } from 'vitest';
import { history } from '../../../test/support/outcome-histories.ts';
import { CUT_KEYS, inCut, isCutKey } from './cut-keys.ts';

describe('cut keys', () => {
  const people = [
    history('a', '2026-01-10', { birthDate: '1996-01-11', track: 'ips_ung', sex: 'male' }),
    history('b', '2026-01-10', { birthDate: '1996-01-10', referralSource: 'self' }),
    history('c', '2026-01-10', { birthDate: null }),
  ];
  const ids = (key: string) => inCut(people, key).map((h) => h.participantId);

  it('selects the participants of one cut, and everyone in all', () => {
    expect(ids('age_band:under_30')).toEqual(['a']);
    expect(ids('age_band:30_and_over')).toEqual(['b']);
    expect(ids('age_band:unknown')).toEqual(['c']);
    expect(ids('track:ips_ung')).toEqual(['a']);
    expect(ids('referral_source:self')).toEqual(['b']);
    expect(ids('all')).toEqual(['a', 'b', 'c']);
  });

  it('knows its keys and refuses others', () => {
    expect(CUT_KEYS[0]).toBe('all');
    expect(isCutKey('referral_source:municipality')).toBe(true);
    expect(isCutKey('sex:unknown')).toBe(false);
    expect(isCutKey('diagnosis:x')).toBe(false);
  });
});
