import { describe, expect, it } from 'vitest';
import { againstTarget, DEFAULT_OUTCOME_SETTINGS, usLcBand } from './targets.ts';

describe('US Learning Community bands', () => {
  const bands = DEFAULT_OUTCOME_SETTINGS.usLcBands;
  it.each([
    [0.3099, 'below_minimum'],
    [0.31, 'minimum'],
    [0.4099, 'minimum'],
    [0.41, 'good'],
    [0.5, 'exceptional'],
    [null, null],
  ] as const)('%s is %s', (rate, band) => {
    expect(usLcBand(rate, bands)).toBe(band);
  });
});

describe('againstTarget', () => {
  it('meets IPS Grow’s 40 % at 40 % and not below; no denominator is not judged', () => {
    expect(againstTarget(0.4, DEFAULT_OUTCOME_SETTINGS.ipsGrowEmploymentTarget)).toBe('met');
    expect(againstTarget(0.399, DEFAULT_OUTCOME_SETTINGS.ipsGrowEmploymentTarget)).toBe('not_met');
    expect(againstTarget(null, 0.4)).toBeNull();
  });
});
