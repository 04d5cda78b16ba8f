import { describe, expect, it } from 'vitest';
import {
  checkedSettings,
  disclosureNote,
  publishedCount,
  publishedEstimate,
  roundCount,
} from './disclosure.ts';

const settings = { threshold: 5, roundingBase: 5 };

describe('disclosure control on research outputs', () => {
  it('rounds counts to the base and withholds small cells, showing a zero', () => {
    expect(roundCount(12, 5)).toBe(10);
    expect(roundCount(13, 5)).toBe(15);
    expect(publishedCount(0, settings)).toBe(0);
    expect(publishedCount(3, settings)).toBeNull();
    expect(publishedCount(4, settings)).toBeNull();
    expect(publishedCount(5, settings)).toBe(5);
  });

  it('withholds an estimate whose participants or controls are a small cell', () => {
    const row = { estimate: -0.1, se: 0.02, low: -0.14, high: -0.06, nParticipants: 4, nControls: 12 };
    expect(publishedEstimate(row, settings)).toEqual({
      estimate: null,
      low: null,
      high: null,
      nParticipants: null,
      nControls: 10,
      suppressed: true,
    });
    expect(publishedEstimate({ ...row, nParticipants: 41 }, settings)).toMatchObject({
      estimate: -0.1,
      nParticipants: 40,
      suppressed: false,
    });
  });

  it('refuses a threshold below 3, naming the field, and says what was applied', () => {
    expect(() => checkedSettings({ threshold: 2, roundingBase: 5 })).toThrow(/threshold must be at least 3/);
    expect(disclosureNote(settings).en).toMatch(/nearest 5.*fewer than 5 persons/);
  });
});
