import { describe, expect, it } from 'vitest';
import { isValidOrgNumber, orgNumberCheckDigit, orgNumberProblem } from './org-number.ts';

describe('organisation number', () => {
  it('accepts numbers checked by hand', () => {
    // 9·3 + 7·2 + 4·7 + 7·6 + 6·5 + 0·4 + 6·3 + 7·2 = 173; 173 mod 11 = 8; 11 − 8 = 3
    expect(isValidOrgNumber('974760673')).toBe(true);
    // 9·3 + 2·2 + 3·7 + 6·6 + 0·5 + 9·4 + 0·3 + 1·2 = 126; 126 mod 11 = 5; 11 − 5 = 6
    expect(isValidOrgNumber('923609016')).toBe(true);
  });

  it('uses 0 as the check digit when the rule gives 11', () => {
    // 1·3 + 4·2 = 11; 11 mod 11 = 0; 11 − 0 = 11 → 0
    expect(orgNumberCheckDigit('10000004')).toBe(0);
    expect(isValidOrgNumber('100000040')).toBe(true);
    expect(isValidOrgNumber('100000041')).toBe(false);
  });

  it('refuses every number whose rule gives 10', () => {
    // 4·3 = 12; 12 mod 11 = 1; 11 − 1 = 10: no check digit exists
    expect(orgNumberCheckDigit('40000000')).toBeNull();
    for (let d = 0; d <= 9; d++) expect(isValidOrgNumber(`40000000${d}`)).toBe(false);
  });

  it('accepts exactly one check digit for a base, found by the weighted sum written out here', () => {
    const weights = [3, 2, 7, 6, 5, 4, 3, 2];
    for (const base of ['81234567', '99887766', '31415926', '12121212']) {
      const sum = weights.reduce((acc, w, i) => acc + w * Number(base[i]), 0);
      const expected = (11 - (sum % 11)) % 11;
      const valid = [...'0123456789'].filter((d) => isValidOrgNumber(base + d));
      expect(valid).toEqual(expected === 10 ? [] : [String(expected)]);
    }
  });

  it('says what is wrong', () => {
    expect(orgNumberProblem('974760673')).toBeNull();
    expect(orgNumberProblem('974760674')).toBe('orgNumber fails the mod-11 check');
    expect(orgNumberProblem('97476067')).toBe('orgNumber must be 9 digits');
    expect(orgNumberProblem('9747606733')).toBe('orgNumber must be 9 digits');
    expect(orgNumberProblem('974 760 673')).toBe('orgNumber must be 9 digits');
    expect(orgNumberProblem('97476067a')).toBe('orgNumber must be 9 digits');
    expect(orgNumberProblem('')).toBe('orgNumber must be 9 digits');
  });
});
