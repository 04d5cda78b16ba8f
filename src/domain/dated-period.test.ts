import { describe, expect, it } from 'vitest';
import { periodStatusOn } from './dated-period.ts';

const day = '2030-06-15';

describe('a dated period on a day', () => {
  it('is planned until its first day', () => {
    expect(periodStatusOn('2030-06-16', null, day)).toBe('planned');
    expect(periodStatusOn('2030-06-29', '2030-12-31', day)).toBe('planned');
  });

  it('is current from its first day through its last', () => {
    expect(periodStatusOn(day, null, day)).toBe('current');
    expect(periodStatusOn('2030-01-01', null, day)).toBe('current');
    expect(periodStatusOn('2030-01-01', day, day)).toBe('current');
  });

  it('has ended the day after its last day', () => {
    expect(periodStatusOn('2030-01-01', '2030-06-14', day)).toBe('ended');
  });
});
