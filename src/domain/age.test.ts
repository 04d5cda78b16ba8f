import { describe, expect, it } from 'vitest';
import { ageOn, isUnder30AtReferral, validateTrack } from './age.ts';

describe('age', () => {
  it('counts whole years, turning on the birthday', () => {
    expect(ageOn('2000-05-10', '2026-05-09')).toBe(25);
    expect(ageOn('2000-05-10', '2026-05-10')).toBe(26);
    expect(ageOn('2000-05-10', '2000-05-10')).toBe(0);
  });

  it('lets someone born on 29 February turn a year older on 1 March in other years', () => {
    expect(ageOn('2004-02-29', '2025-02-28')).toBe(20);
    expect(ageOn('2004-02-29', '2025-03-01')).toBe(21);
    expect(ageOn('2004-02-29', '2028-02-29')).toBe(24);
  });

  it('flags referrals of people under 30', () => {
    expect(isUnder30AtReferral('1996-06-01', '2026-05-31')).toBe(true);
    expect(isUnder30AtReferral('1996-06-01', '2026-06-01')).toBe(false);
    expect(isUnder30AtReferral(null, '2026-06-01')).toBe(false);
  });
});

describe('track', () => {
  it('admits ages 16 to 30 at referral to IPS ung', () => {
    expect(validateTrack('ips_ung', '2010-03-01', '2026-03-01')).toEqual([]); // 16
    expect(validateTrack('ips_ung', '1996-06-01', '2027-05-31')).toEqual([]); // 30
  });

  it('refuses IPS ung outside 16–30 or without a birth date', () => {
    const at = (birth: string | null, referral: string) => validateTrack('ips_ung', birth, referral);
    expect(at('2010-03-02', '2026-03-01')).toEqual([
      { path: 'track', message: 'track ips_ung is for ages 16–30 at referral; the participant was 15' },
    ]);
    expect(at('1996-06-01', '2027-06-01')[0]?.message).toContain('was 31');
    expect(at(null, '2026-03-01').map((e) => e.path)).toEqual(['track']);
  });

  it('puts no age limit on the standard track', () => {
    expect(validateTrack('standard', '1960-01-01', '2026-03-01')).toEqual([]);
    expect(validateTrack('standard', null, '2026-03-01')).toEqual([]);
  });
});
