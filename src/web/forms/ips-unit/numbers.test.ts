import { describe, expect, it } from 'vitest';
import { parseDecimal, parseWhole } from './numbers.ts';

describe('typed numbers', () => {
  it('read a decimal comma or point, nothing else', () => {
    expect(parseDecimal(' 0,8 ')).toBe(0.8);
    expect(parseDecimal('12.5')).toBe(12.5);
    expect(parseDecimal('-1')).toBeNull();
    expect(parseDecimal('1,2,3')).toBeNull();
    expect(parseDecimal('')).toBeNull();
  });

  it('read whole numbers as digits only', () => {
    expect(parseWhole('60')).toBe(60);
    expect(parseWhole('6e1')).toBeNull();
    expect(parseWhole('1.0')).toBeNull();
  });
});
