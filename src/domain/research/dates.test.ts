import { describe, expect, it } from 'vitest';
import { projectDate } from './dates.ts';

describe('dates in an extract', () => {
  it('shifts by the person’s offset, keeping intervals', () => {
    expect(projectDate('2026-03-01', 'shift', -3)).toBe('2026-02-26');
    expect(projectDate('2026-03-11', 'shift', -3)).toBe('2026-03-08');
  });

  it('cuts to the first day of the month, quarter or year, and keeps a missing date missing', () => {
    expect(projectDate('2026-08-19', 'month', 0)).toBe('2026-08-01');
    expect(projectDate('2026-08-19', 'quarter', 0)).toBe('2026-07-01');
    expect(projectDate('2026-12-31', 'year', 0)).toBe('2026-01-01');
    expect(projectDate(null, 'year', 0)).toBeNull();
  });
});
