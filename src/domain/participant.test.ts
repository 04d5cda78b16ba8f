import { describe, expect, it } from 'vitest';
import { syntheticFnr } from './fnr.ts';
import { osloToday, validateReferral } from './participant.ts';

describe('referral rules', () => {
  const now = new Date('2026-06-30T22:30:00Z'); // already 1 July in Oslo

  it('uses the Oslo calendar day as today', () => {
    expect(osloToday(now)).toBe('2026-07-01');
  });

  it('accepts a referral dated today in Oslo and refuses tomorrow', () => {
    expect(validateReferral({ referralDate: '2026-07-01' }, 'synthetic', now)).toEqual([]);
    expect(validateReferral({ referralDate: '2026-07-02' }, 'synthetic', now)).toEqual([
      { path: 'referralDate', message: 'referralDate cannot be in the future' },
    ]);
  });

  it('refuses a date that does not exist', () => {
    expect(validateReferral({ referralDate: '2026-02-29' }, 'synthetic', now)[0]?.path).toBe('referralDate');
  });

  it('reports every broken field at once', () => {
    const errors = validateReferral({ fnr: '12345678901', referralDate: '2030-01-01' }, 'synthetic', now);
    expect(errors.map((e) => e.path)).toEqual(['fnr', 'referralDate']);
  });

  it('checks only the fields given, so a partial update is judged on what it changes', () => {
    expect(validateReferral({}, 'synthetic', now)).toEqual([]);
    expect(validateReferral({ fnr: syntheticFnr(new Date(Date.UTC(2001, 0, 1))) }, 'synthetic', now)).toEqual(
      [],
    );
  });
});
