import { describe, expect, it } from 'vitest';
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
  });
});
