import { describe, expect, it } from 'vitest';
import { addDays, lastWeeks, mondayOf, weekNumber } from './weeks.ts';

describe('week arithmetic', () => {
  it('finds the Monday of the week, Sunday belonging to the week before it', () => {
    expect(mondayOf('2026-03-04')).toBe('2026-03-02');
    expect(mondayOf('2026-03-02')).toBe('2026-03-02');
    expect(mondayOf('2026-03-08')).toBe('2026-03-02');
    expect(mondayOf('2026-01-01')).toBe('2025-12-29');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('spans whole weeks up to today', () => {
    expect(lastWeeks('2026-03-04', 4)).toEqual({ from: '2026-02-09', to: '2026-03-04' });
  });

  it('reads the number of an ISO week', () => {
    expect(weekNumber('2026-W09')).toBe(9);
    expect(weekNumber('week 9')).toBeNull();
  });
});
