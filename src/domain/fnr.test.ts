import { describe, expect, it } from 'vitest';
import { checkFnr, syntheticFnr } from './fnr.ts';

describe('fødselsnummer', () => {
  it('makes synthetic Tenor numbers (month + 80) that pass validation', () => {
    for (let i = 0; i < 200; i++) {
      const birth = new Date(Date.UTC(1950 + (i % 60), i % 12, 1 + (i % 28)));
      const n = syntheticFnr(birth);
      expect(n).toMatch(/^\d{11}$/);
      expect(Number(n.slice(2, 4))).toBe(birth.getUTCMonth() + 81);
      expect(checkFnr(n, 'synthetic')).toBeNull();
    }
  });

  it('carries the sex asked for in the individual number (even ninth digit: female)', () => {
    for (let i = 0; i < 100; i++) {
      const birth = new Date(Date.UTC(1960 + (i % 40), i % 12, 1 + (i % 28)));
      const sex = i % 2 === 0 ? 'female' : 'male';
      const n = syntheticFnr(birth, Math.random, sex);
      expect(Number(n[8]) % 2).toBe(sex === 'female' ? 0 : 1);
      expect(checkFnr(n, 'synthetic')).toBeNull();
    }
  });

  it('refuses wrong length, letters and wrong check digits', () => {
    const n = syntheticFnr(new Date(Date.UTC(1990, 4, 17)));
    expect(checkFnr('123', 'synthetic')).toMatch(/11 digits/);
    expect(checkFnr('1234567890a', 'synthetic')).toMatch(/11 digits/);
    expect(checkFnr(`${n.slice(0, 10)}${(Number(n[10]) + 1) % 10}`, 'synthetic')).toMatch(/check digits/);
  });

  it('refuses a valid real-format number unless the policy allows real numbers', () => {
    const real = '20058500012';
    expect(checkFnr(real, 'synthetic')).toMatch(/synthetic/);
    expect(checkFnr(real, 'all')).toBeNull();
  });
});
